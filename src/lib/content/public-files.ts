import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { decodeSitePath } from '../routing/site-paths.ts';

/**
 * Where in public/ the site path `path` (e.g. `/files/cv.pdf`) points, or undefined when its
 * percent-encoding is malformed or it would lead out of public/ (`/%2e%2e/package.json`).
 */
export function publicFilePath(root: string, path: string): string | undefined {
  const decoded = decodeSitePath(path);
  if (decoded === undefined) return undefined;
  const folder = resolve(root, 'public');
  const file = join(folder, decoded);
  return file.startsWith(`${folder}${sep}`) ? file : undefined;
}

/** True when `path` (e.g. `/files/cv.pdf`) is a file in `root`/public/, i.e. will be deployed. Never throws. */
export function publicFileExists(root: string, path: string): boolean {
  const file = publicFilePath(root, path);
  try {
    return file !== undefined && statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    // A name too long or otherwise impossible for this file system: no such file.
    return false;
  }
}

/** Everything in `root`/public/, as paths in the built site: folders end in "/" (`files/`, `files/cv.pdf`, `favicon.svg`). */
export function publicEntries(root: string): string[] {
  const folder = join(root, 'public');
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .map((entry) => {
        const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
        return entry.isDirectory() ? `${path}/` : path;
      })
      .sort();
  } catch {
    return [];
  }
}
