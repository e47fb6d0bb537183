import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entryIdClaims, entryIdFromPath } from '#lib/content/entry-ids.ts';

describe('entry ids', () => {
  test('come from file names', () => {
    const cases: [path: string, id: string][] = [
      ['melon-mobisys22.mdx', 'melon-mobisys22'],
      ['Melon MobiSys22.mdx', 'melon-mobisys22'],
      ['2024/flash.md', '2024/flash'],
      ['café.markdown', 'café'],
      ['-odd--name-.mdx', 'odd-name'],
    ];
    for (const [path, id] of cases) assert.equal(entryIdFromPath(path), id, path);
  });

  test("a subfolder sorts files but is not part of the id, except a page's language folder", () => {
    const cases: [path: string, collection: string, id: string][] = [
      ['2023/fast-recomb23.mdx', 'publications', 'fast-recomb23'],
      ['by-year/2023/Fast Recomb23.md', 'talks', 'fast-recomb23'],
      ['fast-recomb23.mdx', 'publications', 'fast-recomb23'],
      ['zh/about.mdx', 'pages', 'zh/about'],
      ['about.mdx', 'pages', 'about'],
      ['zh/jianjie.mdx', 'posts', 'zh/jianjie'],
    ];
    for (const [path, collection, id] of cases)
      assert.equal(entryIdFromPath(path, collection), id, `${collection}/${path}`);
  });

  test('one id, one file: a second file that makes it is a problem, naming both', () => {
    const cases: [
      claims: [id: string, path: string][],
      gone: string[],
      problems: (string | undefined)[],
    ][] = [
      [
        [
          ['melon', 'a/melon.md'],
          ['flash', 'a/flash.mdx'],
        ],
        [],
        [undefined, undefined],
      ],
      [
        [
          ['melon', 'a/melon.md'],
          ['melon', 'a/melon.mdx'],
        ],
        [],
        [
          undefined,
          'a/melon.md and a/melon.mdx both make the entry "melon"; rename one of them (ids come from file names, whatever subfolder a file is in).',
        ],
      ],
      [
        [
          ['melon', 'a/melon.md'],
          ['melon', 'a/melon.md'],
        ],
        [],
        [undefined, undefined],
      ],
      [
        [
          ['melon', 'a/Melon.mdx'],
          ['melon', 'a/melon.mdx'],
        ],
        ['a/Melon.mdx'],
        [undefined, undefined],
      ],
    ];
    for (const [claims, gone, problems] of cases) {
      const claim = entryIdClaims((path) => !gone.includes(path));
      assert.deepEqual(
        claims.map(([id, path]) => claim(id, path)),
        problems,
        JSON.stringify(claims),
      );
    }
  });
});
