import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  findDuplicateOrders,
  findDuplicatePapers,
  groupByYear,
  groupPublicationsByYear,
  pageRange,
  publicationLinks,
  sortPublications,
} from '#lib/publications/publications.ts';
import { publicationSchema } from '../../../src/schemas/publication.ts';

describe('publications', () => {
  const entry = (id: string, order: number, date: number | string) => ({
    id,
    data: publicationSchema.parse({
      title: id,
      authors: ['Qipeng Wang'],
      venue: { short: 'V' },
      date,
      type: 'conference',
      order,
    }),
  });

  test('writes a page range with the dash each format wants', () => {
    const cases: [
      pages: { text: string; first: string; last?: string },
      dash: string,
      written: string,
    ][] = [
      [{ text: '1--14', first: '1', last: '14' }, '–', '1–14'],
      [{ text: '1-14', first: '1', last: '14' }, '--', '1--14'],
      [{ text: 'A1–A9', first: 'A1', last: 'A9' }, '-', 'A1-A9'],
      [{ text: 'e42', first: 'e42' }, '–', 'e42'],
    ];
    for (const [pages, dash, written] of cases)
      assert.equal(pageRange(pages, dash), written, JSON.stringify(pages));
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
    const entries = [
      entry('c', 3, 2021),
      entry('a', 1, 2022),
      entry('d', 4, '2024-01'),
      entry('b', 2, 2021),
    ];
    assert.deepEqual(
      sortPublications(entries).map((e) => e.id),
      ['a', 'b', 'c', 'd'],
    );
    assert.deepEqual(
      groupPublicationsByYear(entries).map(({ year, entries: group }) => [
        year,
        group.map((e) => e.id),
      ]),
      [
        [2024, ['d']],
        [2022, ['a']],
        [2021, ['b', 'c']],
      ],
    );
  });

  test('finds positions used twice', () => {
    assert.deepEqual(
      findDuplicateOrders([entry('x', 1, 2021), entry('y', 1, 2022), entry('z', 2, 2022)]),
      [{ order: 1, ids: ['x', 'y'] }],
    );
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
      links.map((link) => ('labelKey' in link ? link.labelKey : link.label)),
      ['links.pdf', 'links.slides', 'links.video', 'links.code', 'Paper List'],
    );
  });
});

describe('findDuplicatePapers', () => {
  const paper = (
    id: string,
    title: string,
    type: 'conference' | 'preprint' | 'journal',
    doi?: string,
  ) => ({ id, data: { title, type, doi } });
  test('the same DOI, or the same title for the same type, under two file names', () => {
    const table: [
      entries: ReturnType<typeof paper>[],
      pairs: [string, string, 'DOI' | 'title'][],
    ][] = [
      [
        [
          paper('a', 'Fast Recombination', 'conference', '10.1/X'),
          paper('b', 'Another', 'journal', '10.1/x'),
        ],
        [['a', 'b', 'DOI']],
      ],
      [
        [
          paper('a', 'Fast Recombination Maps', 'conference'),
          paper('b', 'fast recombination  maps.', 'conference'),
        ],
        [['a', 'b', 'title']],
      ],
      [
        [paper('a', 'Ångström Maps', 'journal'), paper('b', 'Angstrom maps', 'journal')],
        [['a', 'b', 'title']],
      ],
      // A preprint and its published version share a title: not a copy.
      [
        [
          paper('a', 'Fast Recombination Maps', 'preprint', '10.1101/1'),
          paper('b', 'Fast Recombination Maps', 'journal', '10.1016/2'),
        ],
        [],
      ],
      [[paper('a', 'One', 'conference', '10.1/a'), paper('b', 'Two', 'conference', '10.1/b')], []],
      [
        [
          paper('a', 'T', 'conference', '10.1/a'),
          paper('b', 'T', 'conference', '10.1/a'),
          paper('c', 'T', 'conference'),
        ],
        [
          ['a', 'b', 'DOI'],
          ['a', 'c', 'title'],
        ],
      ],
    ];
    for (const [entries, pairs] of table)
      assert.deepEqual(
        findDuplicatePapers(entries).map(({ first, second, same }) => [first.id, second.id, same]),
        pairs,
      );
  });
});
