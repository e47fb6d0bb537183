/**
 * Posts: which are published, their language, reading time, tags, years and neighbours. Pure:
 * every function takes entries and returns data for the pages.
 */
import type { Post, PostFields } from '../../schemas/post.ts';
import { plainText } from '../markdown/plain-text.ts';

interface PostEntry {
  id: string;
  data: PostFields;
  body?: string | undefined;
}

/** The posts a build shows: all of them in `npm run dev`, none marked `draft: true` in a deployed build. */
export function publishedPosts<T extends { data: Pick<Post, 'draft'> }>(
  posts: readonly T[],
  dev: boolean,
): T[] {
  return dev ? [...posts] : posts.filter((post) => !post.data.draft);
}

/** A post's language folder and its name in it: `zh/tiny-training` → `{ folder: 'zh', slug: 'tiny-training' }`. */
export function postSlug(id: string): { folder: string | undefined; slug: string } {
  const slash = id.indexOf('/');
  return slash === -1
    ? { folder: undefined, slug: id }
    : { folder: id.slice(0, slash), slug: id.slice(slash + 1) };
}

/** Words a reader reads in a minute; a CJK character counts as a word of its own. */
const WORDS_PER_MINUTE = 220;
const CHARACTERS_PER_MINUTE = 400;

/** Whole minutes to read a Markdown body, at least 1: Latin words at 220 a minute, Chinese and Japanese characters at 400. */
export function readingMinutes(body: string): number {
  const prose = plainText(body.replace(/^```[\s\S]*?^```/gm, ' '));
  const cjk = (
    prose.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []
  ).length;
  const words =
    prose
      .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ')
      .match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return Math.max(1, Math.round(words.length / WORDS_PER_MINUTE + cjk / CHARACTERS_PER_MINUTE));
}

/** Posts (newest first) grouped under their year, newest year first. */
export function postsByYear<T extends PostEntry>(
  posts: readonly T[],
): { year: string; posts: T[] }[] {
  const years: { year: string; posts: T[] }[] = [];
  for (const post of posts) {
    const year = post.data.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return years;
}

/** Every tag the posts use, with how many use it, by name. */
export function postTags(posts: readonly PostEntry[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const post of posts)
    for (const tag of post.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The posts before and after one, in a newest-first list: `newer` is later in time, `older` earlier. */
export function adjacentPosts<T extends { id: string }>(
  posts: readonly T[],
  id: string,
): { newer: T | undefined; older: T | undefined } {
  const index = posts.findIndex((post) => post.id === id);
  return index === -1
    ? { newer: undefined, older: undefined }
    : { newer: posts[index - 1], older: posts[index + 1] };
}

/** The posts written in one language: those outside any folder for the default language (`folder` undefined), those in `zh/` for zh. */
export function postsIn<T extends { id: string }>(
  posts: readonly T[],
  folder: string | undefined,
): T[] {
  return posts.filter((post) => postSlug(post.id).folder === folder);
}

/**
 * Every address the posts take, from the site root: for each language with posts, its list, a
 * page per tag and a page per post (`/posts/`, `/posts/tags/edge-ml/`, `/posts/tiny-training/`,
 * `/zh/posts/…`).
 */
export function postAddresses(
  posts: readonly PostEntry[],
  tagPath: (tag: string) => string,
  listPath: string,
  postPath: (id: string) => string,
): string[] {
  const folders = [...new Set(posts.map((post) => postSlug(post.id).folder))];
  return folders.flatMap((folder) => {
    const inFolder = postsIn(posts, folder);
    const prefix = folder === undefined ? '' : `/${folder}`;
    return [
      `${prefix}${listPath}`,
      ...postTags(inFolder).map(({ tag }) => `${prefix}${tagPath(tag)}`),
      ...inFolder.map((post) => postPath(post.id)),
    ];
  });
}

/** The folder of a language's posts: none for the default language, its code for any other. */
export const postFolder = (code: string, defaultCode: string): string | undefined =>
  code === defaultCode ? undefined : code;
