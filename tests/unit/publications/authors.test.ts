import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  includesOwner,
  isOwnerName,
  markLegend,
  resolveAuthors,
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
