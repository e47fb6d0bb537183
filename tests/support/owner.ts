/**
 * What the owner's own site should show, read from the owner file and src/content/ rather than
 * typed into the tests: a fork that replaces both passes tests/e2e/smoke.spec.ts unchanged.
 * Only plain facts are read (names, titles, addresses); how the site shows them is the specs'.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { siteConfig } from '../../src/site.config.ts';

const CONTENT = resolve(import.meta.dirname, '../../src/content');

/** The YAML front matter of every entry file of a collection (subfolders included), by file name without extension. */
function frontMatters(collection: string): { id: string; data: Record<string, unknown> }[] {
  const folder = join(CONTENT, collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => {
      const yaml =
        /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '';
      return {
        id: file.replace(/\.mdx?$/, ''),
        data: (parseYaml(yaml) ?? {}) as Record<string, unknown>,
      };
    });
}

/** The owner's name as the profile card and the CV heading show it. */
export const OWNER_NAME = siteConfig.author.name;
export const OWNER_NAME_ZH = siteConfig.author.nameZh;

/** The site's base path, e.g. `/` or `/homepage/`. */
export const BASE = siteConfig.base;

export interface OwnerPaper {
  id: string;
  title: string;
}

/** The owner's papers (`title` as written, TeX included). */
export const OWNER_PAPERS: readonly OwnerPaper[] = frontMatters('publications').map(
  ({ id, data }) => ({ id, title: String(data.title) }),
);

/** A paper whose title is plain text (no formula), which the page shows exactly as written; undefined if there is none. */
export const PLAIN_PAPER: OwnerPaper | undefined = OWNER_PAPERS.find(
  (paper) => !/[$\\{}]/.test(paper.title),
);

/** The old addresses the About page (the page at `/`) keeps alive, as written in its front matter. */
export const ABOUT_REDIRECTS: readonly string[] = (() => {
  const about = frontMatters('pages').find(({ data }) => data.permalink === '/');
  const from = about?.data.redirectFrom;
  return Array.isArray(from) ? from.map(String) : [];
})();
