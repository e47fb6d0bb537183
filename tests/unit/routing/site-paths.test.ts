import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { publicEntries, publicFileExists } from '#lib/content/public-files.ts';
import { decodeSitePath, redirectPathProblem, sitePathProblem } from '#lib/routing/site-paths.ts';

const OFF_SITE = 'expected a path on this site starting with "/", e.g. /files/cv.pdf';
const BACKSLASH =
  'a site path may not contain a backslash "\\" (browsers read "/\\host/" as another site); write "/" between folders, e.g. /files/cv.pdf';
const CONTROL =
  'a site path may not contain control or invisible characters (a tab, a line break, a zero-width space); delete them';
const SPACES =
  'expected a path on this site starting with "/" (no spaces, query or fragment), e.g. /files/cv.pdf';
const LONE_PERCENT =
  'a site path has a "%" that does not start an escape such as %20; write a "%" itself as %25';
const NOT_UTF8 =
  'a site path has percent-escapes that are not UTF-8 text (such as %C3%28); write the character itself';
const ENCODED =
  'a site path may not contain %2e, %2f or %5c (an encoded ".", "/" or "\\"); write the path without them';
const ENCODED_CONTROL =
  'a site path may not contain encoded control characters (such as %00 or %0a); delete them';
const DOTS = 'a site path may not contain "." or ".." as a folder name, or "//"';

const paths: [path: string, problem: string | undefined][] = [
  ['/', undefined],
  ['/files/cv.pdf', undefined],
  ['/about/', undefined],
  ['/files/my%20paper.pdf', undefined],
  ['/publications/café/', undefined],
  ['/files/100%25.pdf', undefined],
  ['files/cv.pdf', OFF_SITE],
  ['//evil.example/x', OFF_SITE],
  ['/\\evil.example/', BACKSLASH],
  ['/files\\cv.pdf', BACKSLASH],
  ['/files/cv.pdf\t', CONTROL],
  ['/files/\u0000cv.pdf', CONTROL],
  ['/files/\u200bcv.pdf', CONTROL],
  ['/files/\u202ecv.pdf', CONTROL],
  ['/files/my paper.pdf', SPACES],
  ['/files/cv.pdf?x=1', SPACES],
  ['/files/cv.pdf#page=2', SPACES],
  ['/files/100%.pdf', LONE_PERCENT],
  ['/files/%zz.pdf', LONE_PERCENT],
  ['/files/%C3%28.pdf', NOT_UTF8],
  ['/%2e%2e/package.json', ENCODED],
  ['/%2E%2E/package.json', ENCODED],
  ['/files%2fcv.pdf', ENCODED],
  ['/%5cevil.example/', ENCODED],
  ['/files/cv%00.pdf', ENCODED_CONTROL],
  ['/files/cv%0a.pdf', ENCODED_CONTROL],
  ['/files/../package.json', DOTS],
  ['/files/./cv.pdf', DOTS],
  ['/files//cv.pdf', DOTS],
];

describe('site paths', () => {
  for (const [path, problem] of paths) {
    test(`${JSON.stringify(path)}: ${problem ?? 'fine'}`, () =>
      assert.equal(sitePathProblem(path), problem));
  }

  test('decodes percent-encoding, and never throws on malformed encoding', () => {
    const decoded: [path: string, decoded: string | undefined][] = [
      ['/files/my%20paper.pdf', '/files/my paper.pdf'],
      ['/caf%C3%A9/', '/café/'],
      ['/files/100%.pdf', undefined],
      ['/files/%C3%28.pdf', undefined],
    ];
    assert.deepEqual(
      decoded.map(([path]) => [path, decodeSitePath(path)]),
      decoded,
    );
  });
});

describe('old addresses to redirect from', () => {
  const cases: [string, string | undefined][] = [
    ['/about/', undefined],
    ['/a%20b/', undefined],
    [
      '/%2525/x',
      'an old address may not contain %25 (an encoded "%"): it would be decoded twice; write the address without it',
    ],
    [
      '/%252e%252e/x',
      'an old address may not contain %25 (an encoded "%"): it would be decoded twice; write the address without it',
    ],
    [
      '/CON/',
      '"CON" is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1…, LPT1…); a checkout there fails',
    ],
    [
      '/files/nul.html',
      '"nul.html" is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1…, LPT1…); a checkout there fails',
    ],
    [
      '/publications./',
      '"publications." ends with a dot or a space, which Windows drops, so it is another address\'s folder',
    ],
    [
      '/%D0%B0bout/',
      '"аbout" mixes Latin letters with Cyrillic or Greek ones that look alike (such as "а" and "a")',
    ],
    [
      '/аbout/',
      '"аbout" mixes Latin letters with Cyrillic or Greek ones that look alike (such as "а" and "a")',
    ],
    [
      '/ｐublications/',
      '"ｐublications" has characters written in a compatibility form (fullwidth or styled letters such as "ｐ") that look like plain ones; write them plainly',
    ],
    ['/café/', undefined],
    ['/%D0%BE-%D0%BD%D0%B0%D1%81/', undefined],
    ['/console/', undefined],
    [
      '/\\evil/',
      'a site path may not contain a backslash "\\" (browsers read "/\\host/" as another site); write "/" between folders, e.g. /files/cv.pdf',
    ],
  ];
  for (const [path, problem] of cases) {
    test(`${JSON.stringify(path)}: ${problem ?? 'fine'}`, () =>
      assert.equal(redirectPathProblem(path), problem));
  }
});

describe('files in public/', () => {
  const root = mkdtempSync(join(tmpdir(), 'public-files-'));
  mkdirSync(join(root, 'public/files/talks'), { recursive: true });
  writeFileSync(join(root, 'public/files/cv.pdf'), '%PDF-1.4');
  writeFileSync(join(root, 'public/files/my paper.pdf'), '%PDF-1.4');
  writeFileSync(join(root, 'public/files/empty.pdf'), '');
  writeFileSync(join(root, 'public/favicon.svg'), '<svg/>');
  writeFileSync(join(root, 'package.json'), '{}');
  after(() => rmSync(root, { recursive: true, force: true }));

  const lookups: [path: string, exists: boolean][] = [
    ['/files/cv.pdf', true],
    ['/files/my%20paper.pdf', true],
    ['/favicon.svg', true],
    ['/files/talks', false],
    ['/files/never-added.pdf', false],
    // An empty file is no paper: a strict build counts it as missing.
    ['/files/empty.pdf', false],
    ['/%2e%2e/package.json', false],
    ['/../package.json', false],
    ['/files/../../package.json', false],
    ['/files/100%.pdf', false],
    [`/files/${'a'.repeat(300)}.pdf`, false],
    ['/files/cv\u0000.pdf', false],
  ];

  test('finds files in public/ and nothing outside it, never throwing', () => {
    assert.deepEqual(
      lookups.map(([path]) => [path, publicFileExists(root, path)]),
      lookups,
    );
  });

  test('lists files and folders as paths in the built site', () => {
    assert.deepEqual(publicEntries(root), [
      'favicon.svg',
      'files/',
      'files/cv.pdf',
      'files/empty.pdf',
      'files/my paper.pdf',
      'files/talks/',
    ]);
    assert.deepEqual(publicEntries(join(root, 'no-such-project')), []);
  });
});
