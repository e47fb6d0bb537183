import { existsSync, linkSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { entryIdFromPath } from '#lib/content/entry-ids.ts';
import { kindFolder, type KindName } from '#lib/content/kinds.ts';
import { readEntry } from './frontmatter.ts';

/** One entry file as the site's loader sees it, read without Astro. */
export interface ContentFile {
  collection: KindName;
  /** From the project root, with `/`: `src/content/publications/melon-mobisys22.mdx`. */
  path: string;
  /** The id the site gives it: `melon-mobisys22`. */
  id: string;
  source: string;
  /** The front matter, or undefined when it is not valid YAML (see `yamlError`). */
  data: Record<string, unknown> | undefined;
  body: string;
  yamlError?: string;
}

/**
 * Every file the site's loader reads (`**\/[^_]*.{md,mdx}`): drafts, whose name starts with `_`,
 * are left out as the site does, unless `drafts` asks for them too.
 */
export function entryPaths(root: string, collection: KindName, drafts = false): string[] {
  const folder = join(root, kindFolder(collection));
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter(
      (file) => /\.mdx?$/.test(file) && (drafts || !(file.split('/').pop() ?? '').startsWith('_')),
    )
    .sort();
}

/**
 * Reads one collection's files (with `drafts`, the `_draft.mdx` ones too); a file whose front
 * matter is not YAML is returned with `yamlError`, never thrown.
 */
export function readCollection(root: string, collection: KindName, drafts = false): ContentFile[] {
  return entryPaths(root, collection, drafts).map((file) => {
    const path = `${kindFolder(collection)}/${file}`;
    const source = readFileSync(join(root, path), 'utf8');
    const base = { collection, path, id: entryIdFromPath(file, collection), source };
    try {
      const { data, body } = readEntry(source);
      return { ...base, data, body };
    } catch (error) {
      const message =
        error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
      return { ...base, data: undefined, body: '', yamlError: message };
    }
  });
}

/** The ids already used in a collection folder, drafts included, so that a new file never takes one. */
export function takenIds(root: string, collection: KindName): Set<string> {
  const folder = join(root, kindFolder(collection));
  if (!existsSync(folder)) return new Set();
  return new Set(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(mdx?|markdown)$/i.test(file))
      .map((file) => entryIdFromPath(file.split('\\').join('/'), collection)),
  );
}

/** The next free position after the largest `order` in use (1 for an empty list). */
export function nextOrder(publications: readonly Pick<ContentFile, 'data'>[]): number {
  const orders = publications
    .map((file) => file.data?.order)
    .filter((order): order is number => Number.isInteger(order) && (order as number) > 0);
  return orders.length === 0 ? 1 : Math.max(...orders) + 1;
}

/**
 * Writes a new file all at once and never over another: the text goes to a temporary file
 * beside it (a name the site's loader ignores), which is then hard-linked to the real name, an
 * operation that fails if that name exists, and removed. A failure leaves no file behind.
 */
export function writeNewFile(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    linkSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
