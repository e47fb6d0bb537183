import { existsSync } from 'node:fs';

/** The id an entry gets from its file name: `Melon MobiSys22.mdx` → `melon-mobisys22`. */
export function entryIdFromPath(path: string): string {
  return path
    .replace(/\.(mdx?|markdown)$/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/_-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/(^|\/)-|-($|\/)/g, '$1$2');
}

/**
 * An id generator for the glob loader that refuses two files with one id (`melon.md` and
 * `melon.mdx`): Astro would only warn and keep one of them, silently dropping the other.
 */
export function uniqueEntryIds(folder: string) {
  const files = new Map<string, string>();
  return ({ entry, base }: { entry: string; base: URL }): string => {
    const id = entryIdFromPath(entry);
    const other = files.get(id);
    if (other && other !== entry && existsSync(new URL(other, base))) {
      throw new Error(`${folder}/${entry} and ${folder}/${other} both make the entry "${id}"; rename one of them (ids come from file names).`);
    }
    files.set(id, entry);
    return id;
  };
}
