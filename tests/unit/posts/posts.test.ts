import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  adjacentPosts,
  postAddresses,
  postsByYear,
  postSlug,
  postsIn,
  postTags,
  publishedPosts,
  readingMinutes,
} from '#lib/posts/posts.ts';
import { postFeedEntry } from '#lib/posts/post-feed.ts';
import { blogPostingJsonLd } from '#lib/exports/json-ld.ts';
import { postPath, postTagPath } from '#lib/routing/routes.ts';
import { postSchema, postTag } from '../../../src/schemas/post.ts';

const post = (id: string, date: string, tags: string[] = [], draft = false) => ({
  id,
  data: postSchema.parse({ title: id, date, description: `About ${id}.`, tags, draft }),
});

describe('posts', () => {
  test('reading time: Latin words at 220 a minute, CJK characters at 400, code left out, at least a minute', () => {
    const table: [body: string, minutes: number][] = [
      ['', 1],
      ['word '.repeat(220), 1],
      ['word '.repeat(550), 3],
      ['字'.repeat(1200), 3],
      [`${'word '.repeat(220)}\n\n\`\`\`python\n${'code '.repeat(2000)}\n\`\`\`\n`, 1],
      ["[A link](https://example.org/a-long-address) **bold** don't ".repeat(110), 2],
    ];
    for (const [body, minutes] of table)
      assert.equal(readingMinutes(body), minutes, body.slice(0, 40));
  });

  test('grouped by year, newest first as given', () => {
    const posts = [post('c', '2025-03-14'), post('b', '2025-01-02'), post('a', '2023-12-31')];
    assert.deepEqual(
      postsByYear(posts).map(({ year, posts }) => [year, posts.map((entry) => entry.id)]),
      [
        ['2025', ['c', 'b']],
        ['2023', ['a']],
      ],
    );
    assert.deepEqual(postsByYear([]), []);
  });

  test('tags by name with their counts; neighbours; drafts; languages', () => {
    const posts = [
      post('c', '2025-03-14', ['tutorials', 'edge-ml']),
      post('draft', '2025-02-01', ['edge-ml'], true),
      post('zh/a', '2024-01-01', ['机器学习']),
    ];
    assert.deepEqual(postTags(posts), [
      { tag: 'edge-ml', count: 2 },
      { tag: 'tutorials', count: 1 },
      { tag: '机器学习', count: 1 },
    ]);
    assert.deepEqual(
      publishedPosts(posts, false).map((entry) => entry.id),
      ['c', 'zh/a'],
    );
    assert.deepEqual(
      publishedPosts(posts, true).map((entry) => entry.id),
      ['c', 'draft', 'zh/a'],
    );
    const { newer, older } = adjacentPosts(posts, 'draft');
    assert.deepEqual([newer?.id, older?.id], ['c', 'zh/a']);
    assert.deepEqual(adjacentPosts(posts, 'c').newer, undefined);
    assert.deepEqual(postSlug('zh/a'), { folder: 'zh', slug: 'a' });
    assert.deepEqual(postSlug('c'), { folder: undefined, slug: 'c' });
    assert.deepEqual(
      postsIn(posts, 'zh').map((entry) => entry.id),
      ['zh/a'],
    );
  });

  test('the addresses posts take, in every language', () => {
    const posts = [
      post('c', '2025-03-14', ['tutorials']),
      post('zh/a', '2024-01-01', ['机器学习']),
    ];
    assert.deepEqual(postAddresses(posts, postTagPath, '/posts/', postPath), [
      '/posts/',
      '/posts/tags/tutorials/',
      '/posts/c/',
      '/zh/posts/',
      '/zh/posts/tags/机器学习/',
      '/zh/posts/a/',
    ]);
  });

  test('a feed entry: the description as summary, updated when given', () => {
    const entry = postFeedEntry(
      {
        data: postSchema.parse({
          title: 'T',
          date: '2025-03-14',
          updated: '2025-04-02',
          description: 'D.',
        }),
      },
      'https://x.org/posts/t/',
      'Mei Lin',
    );
    assert.deepEqual(entry, {
      url: 'https://x.org/posts/t/',
      title: 'T',
      published: '2025-03-14T00:00:00Z',
      updated: '2025-04-02T00:00:00Z',
      authors: ['Mei Lin'],
      summary: 'D.',
    });
  });

  test("a feed entry and the post's JSON-LD write a title's and a description's formulas in Unicode", () => {
    const data = postSchema.parse({
      title: 'Sorting in $O(n^2)$',
      date: '2025-03-14',
      description: 'Why $\\epsilon$-DP costs so much.',
    });
    const entry = postFeedEntry({ data }, 'https://x.org/posts/t/', 'Mei Lin');
    assert.deepEqual([entry.title, entry.summary], ['Sorting in O(n²)', 'Why ε-DP costs so much.']);
    const jsonLd = blogPostingJsonLd(data, {
      pageUrl: 'https://x.org/posts/t/',
      aboutUrl: 'https://x.org/',
      ownerName: 'Mei Lin',
      locale: 'en',
    });
    assert.deepEqual(
      [jsonLd.headline, jsonLd.description],
      ['Sorting in O(n²)', 'Why ε-DP costs so much.'],
    );
  });

  test('tag shapes: lower case words joined by hyphens', () => {
    const table: [tag: unknown, ok: boolean][] = [
      ['edge-ml', true],
      ['机器学习', true],
      ['ml2', true],
      ['Edge-ML', false],
      ['edge ml', false],
      ['edge--ml', false],
      ['-edge', false],
      ['edge/ml', false],
      ['', false],
      [3, false],
    ];
    for (const [tag, ok] of table) assert.equal(postTag.safeParse(tag).success, ok, String(tag));
  });

  test('a bad date is refused, naming the field', () => {
    const result = postSchema.safeParse({ title: 'T', date: '2025-02-30', description: 'D.' });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['date']);
  });
});
