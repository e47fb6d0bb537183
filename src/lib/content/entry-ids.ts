import { existsSync } from 'node:fs';

/**
 * The collections whose subfolders are part of an entry's id: a page's or a post's folder is its
 * language (`pages/zh/about.mdx` → `zh/about`, `posts/zh/jianjie.mdx` → `zh/jianjie`). Elsewhere subfolders only sort the author's files
 * (`publications/2023/…`) and the id is the file name, the paper's address `/publications/<id>/`.
 */
const FOLDERS_IN_ID: ReadonlySet<string> = new Set(['pages', 'posts']);

/**
 * The id an entry of `collection` gets from its path in the collection's folder:
 * `Melon MobiSys22.mdx` → `melon-mobisys22`, `2023/fast-recomb23.mdx` → `fast-recomb23`.
 */
export function entryIdFromPath(path: string, collection?: string): string {
  const kept =
    collection !== undefined && !FOLDERS_IN_ID.has(collection)
      ? path.slice(path.lastIndexOf('/') + 1)
      : path;
  return kept
    .replace(/\.(mdx?|markdown)$/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/_-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/(^|\/)-|-($|\/)/g, '$1$2');
}

/**
 * The check, shared by the build and `npm run check`, that no two files of a collection make
 * one id: the returned function records that `path` made `id`, and returns the problem when
 * another file that `exists` made it before.
 */
export function entryIdClaims(
  exists: (path: string) => boolean = () => true,
): (id: string, path: string) => string | undefined {
  const files = new Map<string, string>();
  return (id, path) => {
    const other = files.get(id);
    files.set(id, path);
    if (other === undefined || other === path || !exists(other)) return undefined;
    // In name order, so that the build and `npm run check`, which meet the files in different orders, say the same line.
    const [first, second] = [path, other].sort();
    return `${first} and ${second} both make the entry "${id}"; rename one of them (ids come from file names, whatever subfolder a file is in).`;
  };
}

/**
 * An id generator for the glob loader that refuses two files with one id (`melon.md` and
 * `melon.mdx`): Astro would only warn and keep one of them, silently dropping the other.
 */
export function uniqueEntryIds(folder: string, collection: string) {
  let base: URL;
  // The dev server calls this again after a rename: the old name no longer counts.
  const claim = entryIdClaims((path) => existsSync(new URL(path.slice(folder.length + 1), base)));
  return (entry: { entry: string; base: URL }): string => {
    base = entry.base;
    const id = entryIdFromPath(entry.entry, collection);
    const problem = claim(id, `${folder}/${entry.entry}`);
    if (problem) throw new Error(problem);
    return id;
  };
}
