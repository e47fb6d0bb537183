import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frontmatterOf, impossibleDates } from '#lib/content/frontmatter-dates.ts';

describe('front matter as written', () => {
  test('is found where Astro finds it, and impossible days in it are named', () => {
    const cases: [source: string, found: { field: string; value: string }[]][] = [
      ['---\ndate: 2023-13-40\n---\nbody', [{ field: 'date', value: '2023-13-40' }]],
      ['\uFEFF---\r\ndate: 2023-02-29\r\n---\r\n', [{ field: 'date', value: '2023-02-29' }]],
      ['---\nterms:\n  - start: 2023-04-31\n---\n', [{ field: 'start', value: '2023-04-31' }]],
      ['---\nredirectFrom:\n  - 2024-02-30\n---\n', []],
      ['---\ndate: 2024-02-29 # a leap day\n---\n', []],
      ['---\ntitle: x\n---\ndate: 2023-13-40 in the body', []],
      ['no front matter\ndate: 2023-13-40', []],
    ];
    for (const [source, found] of cases)
      assert.deepEqual(impossibleDates(frontmatterOf(source)), found, JSON.stringify(source));
  });
});

describe('front matter dates', () => {
  test('finds days no calendar has, which YAML would silently roll over', async () => {
    const { frontmatterOf, impossibleDates } = await import('#lib/content/frontmatter-dates.ts');
    const source =
      '---\ntitle: X\ndate: 2023-13-40\npublished: 2024-02-29\nold: 2023-02-29 # typo\n---\nBody';
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
