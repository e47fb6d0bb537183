import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressesOn, type SiteAddress } from '#lib/routing/urls.ts';

const root: SiteAddress = { site: 'https://qipengwang.github.io', base: '/' };
const deep: SiteAddress = { site: 'https://example.org', base: '/deep/path/' };
// Astro hands BASE_URL on as configured: with trailingSlash 'ignore' it may lack the last slash.
const noSlash: SiteAddress = { site: 'https://example.org/', base: '/site' };

describe('pathWithBase', () => {
  const cases: [SiteAddress, string, string][] = [
    [root, '/', '/'],
    [root, '/files/cv.pdf', '/files/cv.pdf'],
    [root, 'files/cv.pdf', '/files/cv.pdf'],
    [deep, '/', '/deep/path/'],
    [deep, '/publications/', '/deep/path/publications/'],
    [deep, '/publications/melon-mobisys22.bib', '/deep/path/publications/melon-mobisys22.bib'],
    [noSlash, '/', '/site/'],
    [noSlash, '/feed.xml', '/site/feed.xml'],
    [deep, 'https://github.com/qipengwang', 'https://github.com/qipengwang'],
    [deep, 'mailto:someone@example.org', 'mailto:someone@example.org'],
    [deep, '//cdn.example/x.js', '//cdn.example/x.js'],
    [deep, '#teaching', '#teaching'],
  ];
  for (const [address, path, expected] of cases) {
    test(`${address.base} + ${path} → ${expected}`, () =>
      assert.equal(addressesOn(address).pathWithBase(path), expected));
  }
});

describe('absoluteUrl', () => {
  const cases: [SiteAddress, string, string][] = [
    [root, '/', 'https://qipengwang.github.io/'],
    [root, '/publications/', 'https://qipengwang.github.io/publications/'],
    [deep, '/', 'https://example.org/deep/path/'],
    [deep, '/feed.xml', 'https://example.org/deep/path/feed.xml'],
    [
      deep,
      '/publications/melon-mobisys22/',
      'https://example.org/deep/path/publications/melon-mobisys22/',
    ],
    [noSlash, '/404.html', 'https://example.org/site/404.html'],
  ];
  for (const [address, path, expected] of cases) {
    test(`${address.site} ${address.base} + ${path} → ${expected}`, () =>
      assert.equal(addressesOn(address).absoluteUrl(path), expected));
  }

  test('a site without an address says where to set one', () => {
    assert.throws(
      () => addressesOn({ site: undefined, base: '/' }).absoluteUrl('/'),
      /set url in src\/site\.config\.ts/,
    );
  });
});
