import { monogramIcon } from '#lib/profile/favicon.ts';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { includesOwner, isOwnerName, resolveAuthors } from '#lib/publications/authors.ts';
import { normalizeName } from '#lib/text/names.ts';
import { formatMonth, formatPublicationDate, isoPublicationDate } from '#lib/i18n/dates.ts';
import { obfuscateEmail } from '#lib/profile/email.ts';
import { formatAudience } from '#lib/content/audience.ts';
import { sortExperience, sortTeaching } from '#lib/content/sort-entries.ts';
import { initials } from '#lib/profile/initials.ts';
import { isExternal } from '#lib/routing/links.ts';
import { fileLinksInBody, findMissingFiles, formatMissingFiles, isFilePath } from '#lib/content/local-files.ts';
import { pageTitle } from '#lib/routing/page-title.ts';
import { findDuplicateOrders, groupByYear, groupPublicationsByYear, pageRange, publicationLinks, sortPublications } from '#lib/publications/publications.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';
import { experienceSchema } from '../../src/schemas/experience.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';

describe('authors', () => {
  test('recognises the owner by name, ignoring case, accents and spacing', () => {
    const authors = resolveAuthors(['Chengxu Yang', 'qipeng  wang', 'Mengwei Xu'], 'Qipeng Wang');
    assert.deepEqual(
      authors.map((author) => author.isOwner),
      [false, true, false],
    );
    assert.equal(normalizeName('José  Ñandú'), normalizeName('jose nandu'));
  });

  test('recognises the owner by the name variants of the owner file', () => {
    const variants = ['Q. Wang', 'Wang Qipeng'];
    const cases: [string, boolean][] = [
      ['Qipeng Wang', true],
      ['q wang', true],
      ['WANG QIPENG', true],
      ['Q. Wong', false],
      ['Qiang Wang', false],
    ];
    for (const [name, expected] of cases) assert.equal(isOwnerName(name, 'Qipeng Wang', variants), expected, name);
    assert.deepEqual(
      resolveAuthors(['Q. Wang', 'Mengwei Xu'], 'Qipeng Wang', variants).map((author) => author.isOwner),
      [true, false],
    );
    assert.deepEqual(
      resolveAuthors(['Q. Wang', 'Mengwei Xu'], 'Qipeng Wang', []).map((author) => author.isOwner),
      [false, false],
    );
  });

  test('recognises the owner by the explicit flag, and the flag can also say no', () => {
    const authors = resolveAuthors(
      [
        { name: 'Q. Wang', owner: true },
        { name: 'Qipeng Wang', owner: false },
      ],
      'Qipeng Wang',
    );
    assert.deepEqual(
      authors.map((author) => author.isOwner),
      [true, false],
    );
  });

  test('keeps order and marks', () => {
    const authors = resolveAuthors(
      [
        { name: 'A', equal: true },
        { name: 'B', corresponding: true, url: 'https://b.example/' },
      ],
      'Z',
    );
    assert.deepEqual(authors, [
      { name: 'A', equal: true, corresponding: false, isOwner: false },
      { name: 'B', url: 'https://b.example/', equal: false, corresponding: true, isOwner: false },
    ]);
    assert.equal(includesOwner(authors), false);
  });
});

describe('dates, email, initials, titles', () => {
  test('formats months and publication dates', () => {
    assert.equal(formatMonth('2022-04'), 'April 2022');
    assert.equal(formatPublicationDate({ year: 2022 }), '2022');
    assert.equal(formatPublicationDate({ year: 2024, month: 2 }), 'February 2024');
    assert.equal(formatPublicationDate({ year: 2022, month: 6, day: 27 }), '27 June 2022');
    assert.equal(isoPublicationDate({ year: 2024, month: 2 }), '2024-02');
    assert.equal(isoPublicationDate({ year: 2022, month: 6, day: 7 }), '2022-06-07');
  });

  test('writes the email in the harvester-resistant form of the old page', () => {
    assert.equal(obfuscateEmail('wangqipeng@stu.pku.edu.cn'), 'wangqipeng [AT] stu [DOT] pku [DOT] edu [DOT] cn');
  });

  test('makes a monogram from the first and last name', () => {
    assert.equal(initials('Qipeng Wang'), 'QW');
    assert.equal(initials('Ada'), 'A');
    assert.equal(initials('王启鹏'), '王');
  });

  test('titles pages without repeating the site title', () => {
    assert.equal(pageTitle('About Me', 'Qipeng Wang'), 'About Me | Qipeng Wang');
    assert.equal(pageTitle('Qipeng Wang', 'Qipeng Wang'), 'Qipeng Wang');
  });
});

describe('links', () => {
  test('tells web addresses from site paths', () => {
    assert.equal(isExternal('mailto:x@y.z'), true);
    assert.equal(isExternal('//cdn.example/x.js'), true);
    assert.equal(isExternal('/files/cv.pdf'), false);
  });
});

describe('local files', () => {
  test('tells files from pages', () => {
    assert.equal(isFilePath('/files/cv.pdf'), true);
    assert.equal(isFilePath('/publications/'), false);
    assert.equal(isFilePath('/about.html'), false);
    assert.equal(isFilePath('https://x.org/a.pdf'), false);
  });

  test('finds file links in an MDX body', () => {
    const body = 'This is my [CV](/files/cv.pdf). See [pubs](/publications/) and <a href="/files/talk.pdf">talk</a>, [web](https://x.org/a.pdf).';
    assert.deepEqual(fileLinksInBody(body), ['/files/cv.pdf', '/files/talk.pdf']);
  });

  test('reports each missing file once with every entry that links it', () => {
    const missing = findMissingFiles(
      [
        { path: '/files/b.pdf', declaredIn: 'src/content/publications/two.mdx' },
        { path: '/files/a.pdf', declaredIn: 'src/content/publications/one.mdx' },
        { path: '/files/b.pdf', declaredIn: 'src/content/pages/about.mdx' },
        { path: '/files/here.pdf', declaredIn: 'src/content/pages/about.mdx' },
      ],
      (path) => path === '/files/here.pdf',
    );
    assert.deepEqual(missing, [
      { path: '/files/a.pdf', declaredIn: ['src/content/publications/one.mdx'] },
      { path: '/files/b.pdf', declaredIn: ['src/content/pages/about.mdx', 'src/content/publications/two.mdx'] },
    ]);
    const report = formatMissingFiles(missing);
    assert.match(report, /^2 linked files are missing from public\//);
    assert.match(report, /public\/files\/b\.pdf \(linked from src\/content\/pages\/about\.mdx, src\/content\/publications\/two\.mdx\)/);
  });
});

describe('publications', () => {
  const entry = (id: string, order: number, date: number | string) => ({
    id,
    data: publicationSchema.parse({ title: id, authors: ['Qipeng Wang'], venue: { short: 'V' }, date, type: 'conference', order }),
  });

  test('writes a page range with the dash each format wants', () => {
    const cases: [pages: { text: string; first: string; last?: string }, dash: string, written: string][] = [
      [{ text: '1--14', first: '1', last: '14' }, '–', '1–14'],
      [{ text: '1-14', first: '1', last: '14' }, '--', '1--14'],
      [{ text: 'A1–A9', first: 'A1', last: 'A9' }, '-', 'A1-A9'],
      [{ text: 'e42', first: 'e42' }, '–', 'e42'],
    ];
    for (const [pages, dash, written] of cases) assert.equal(pageRange(pages, dash), written, JSON.stringify(pages));
  });

  test('groups by year, newest first, keeping the order the entries come in', () => {
    const cases: [entries: ReturnType<typeof entry>[], groups: [number, string[]][]][] = [
      [[], []],
      [[entry('a', 1, 2022)], [[2022, ['a']]]],
      [
        [entry('c', 3, 2021), entry('a', 1, 2022), entry('d', 4, '2024-01'), entry('b', 2, 2021)],
        [
          [2024, ['d']],
          [2022, ['a']],
          [2021, ['c', 'b']],
        ],
      ],
    ];
    for (const [entries, groups] of cases) {
      assert.deepEqual(
        groupByYear(entries).map(({ year, entries: group }) => [year, group.map((e) => e.id)]),
        groups,
      );
    }
  });

  test('sorts by the author order and groups by year, newest first', () => {
    const entries = [entry('c', 3, 2021), entry('a', 1, 2022), entry('d', 4, '2024-01'), entry('b', 2, 2021)];
    assert.deepEqual(
      sortPublications(entries).map((e) => e.id),
      ['a', 'b', 'c', 'd'],
    );
    assert.deepEqual(
      groupPublicationsByYear(entries).map(({ year, entries: group }) => [year, group.map((e) => e.id)]),
      [
        [2024, ['d']],
        [2022, ['a']],
        [2021, ['b', 'c']],
      ],
    );
  });

  test('finds positions used twice', () => {
    assert.deepEqual(findDuplicateOrders([entry('x', 1, 2021), entry('y', 1, 2022), entry('z', 2, 2022)]), [{ order: 1, ids: ['x', 'y'] }]);
  });

  test('lists links in the order of the old page, extras last', () => {
    const links = publicationLinks({
      code: 'https://c',
      pdf: '/files/p.pdf',
      video: 'https://v',
      slides: '/files/s.pdf',
      extra: [{ label: 'Paper List', url: 'https://l' }],
    });
    assert.deepEqual(
      links.map((link) => link.label),
      ['pdf', 'slides', 'video', 'code', 'Paper List'],
    );
  });
});

describe('experience and teaching', () => {
  test('puts ongoing and recent positions first', () => {
    const entry = (id: string, start: string, end?: string) => ({
      id,
      data: experienceSchema.parse({ role: 'R', organization: 'O', start, ...(end ? { end } : {}) }),
    });
    assert.deepEqual(
      sortExperience([entry('old', '2019-01', '2019-06'), entry('now', '2021-01'), entry('mid', '2022-04', '2023-07')]).map((e) => e.id),
      ['now', 'mid', 'old'],
    );
  });

  test('puts the most recently taught course first and words the audience', () => {
    const entry = (id: string, terms: string[]) => ({ id, data: teachingSchema.parse({ role: 'TA', course: 'C', institution: 'I', terms }) });
    assert.deepEqual(
      sortTeaching([entry('a', ['Fall 2020']), entry('b', ['Spring 2021', 'Spring 2019'])]).map((e) => e.id),
      ['b', 'a'],
    );
    assert.equal(formatAudience({ size: 120, description: 'undergraduate students' }), '120 undergraduate students');
    assert.equal(formatAudience({ description: 'graduate students' }), 'graduate students');
    assert.equal(formatAudience(undefined), undefined);
  });
});

describe('front matter dates', () => {
  test('finds days no calendar has, which YAML would silently roll over', async () => {
    const { frontmatterOf, impossibleDates } = await import('#lib/content/frontmatter-dates.ts');
    const source = '---\ntitle: X\ndate: 2023-13-40\npublished: 2024-02-29\nold: 2023-02-29 # typo\n---\nBody';
    assert.deepEqual(impossibleDates(frontmatterOf(source)), [
      { field: 'date', value: '2023-13-40' },
      { field: 'old', value: '2023-02-29' },
    ]);
    assert.equal(frontmatterOf('no front matter'), '');
  });

  test('entry ids come from file names', async () => {
    const { entryIdFromPath } = await import('#lib/content/entry-ids.ts');
    assert.equal(entryIdFromPath('Melon MobiSys22.mdx'), 'melon-mobisys22');
    assert.equal(entryIdFromPath('2022/flash.md'), '2022/flash');
  });
});

describe('the site icon', () => {
  test("is the owner's monogram, escaped", () => {
    assert.equal(
      monogramIcon('QW'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="#8a1c2b"/><text x="32" y="41" font-family="system-ui,sans-serif" font-size="26" font-weight="600" fill="#fff" text-anchor="middle">QW</text></svg>\n',
    );
    assert.match(monogramIcon('<&>'), />&lt;&amp;&gt;<\/text>/);
  });
});
