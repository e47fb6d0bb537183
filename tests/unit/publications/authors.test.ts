import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  includesOwner,
  isOwnerName,
  markLegend,
  resolveAuthors,
  shortenAuthors,
} from '#lib/publications/authors.ts';
import { normalizeName } from '#lib/text/names.ts';

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
    for (const [name, expected] of cases)
      assert.equal(isOwnerName(name, 'Qipeng Wang', variants), expected, name);
    assert.deepEqual(
      resolveAuthors(['Q. Wang', 'Mengwei Xu'], 'Qipeng Wang', variants).map(
        (author) => author.isOwner,
      ),
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

describe('the legend of the author marks', () => {
  test('names, by interface-string key, each mark the list uses, equal contribution first', () => {
    const author = (equal: boolean, corresponding: boolean) => ({ equal, corresponding });
    const cases: [ReturnType<typeof author>[], string[]][] = [
      [[author(false, false)], []],
      [
        [author(false, true), author(true, false)],
        ['authors.legendEqual', 'authors.legendCorresponding'],
      ],
      [[author(false, true)], ['authors.legendCorresponding']],
      [[author(true, true)], ['authors.legendEqual', 'authors.legendCorresponding']],
    ];
    for (const [authors, expected] of cases) assert.deepEqual(markLegend(authors), expected);
  });
});

describe('authors in a list (lists.authorsPerPaper)', () => {
  /** The list as a reader sees it: names, `…` for a gap, `et al.` at the end, and the hidden count. */
  const shown = (names: string[], limit?: number) => {
    const list = shortenAuthors(resolveAuthors(names, 'Ines Angstrom', []), limit);
    const text = list.shown.map((author) => (author === 'gap' ? '…' : author.name)).join(', ');
    return `${text}${list.etAl ? ' et al.' : ''} (${list.hidden} hidden)`;
  };
  const names = (count: number, owner?: number) =>
    Array.from({ length: count }, (_, index) =>
      index === owner ? 'Ines Angstrom' : `Author ${index + 1}`,
    );

  test('keeps the first names, the owner wherever she is, and says what it left out', () => {
    const cases: [names: string[], limit: number | undefined, expected: string][] = [
      [names(5, 0), undefined, 'Ines Angstrom, Author 2, Author 3, Author 4, Author 5 (0 hidden)'],
      [names(3, 1), 3, 'Author 1, Ines Angstrom, Author 3 (0 hidden)'],
      [names(4, 1), 3, 'Author 1, Ines Angstrom, Author 3 et al. (1 hidden)'],
      [
        names(40, 6),
        5,
        'Author 1, Author 2, Author 3, Author 4, Author 5, …, Ines Angstrom et al. (34 hidden)',
      ],
      [names(6, 5), 3, 'Author 1, Author 2, Author 3, …, Ines Angstrom (2 hidden)'],
      [names(5, 3), 3, 'Author 1, Author 2, Author 3, Ines Angstrom et al. (1 hidden)'],
      [names(6), 2, 'Author 1, Author 2 et al. (4 hidden)'],
    ];
    for (const [list, limit, expected] of cases) assert.equal(shown(list, limit), expected);
  });
});
