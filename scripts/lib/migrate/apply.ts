import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { entryPaths } from '../content-files.ts';
import { KIND_NAMES, kindFolder } from '#lib/content/kinds.ts';
import type { Write } from './plan.ts';

/** The content files a project holds now (drafts too), from the project root. */
export function existingContent(root: string): string[] {
  return KIND_NAMES.flatMap((collection) =>
    entryPaths(root, collection, true).map((file) => `${kindFolder(collection)}/${file}`),
  );
}

/** True when the file at `path` holds exactly `content`. */
export function sameFile(root: string, path: string, content: string | Buffer): boolean {
  const file = join(root, path);
  return (
    existsSync(file) &&
    readFileSync(file).equals(typeof content === 'string' ? Buffer.from(content) : content)
  );
}

/**
 * Writes everything or nothing: every file is first written into a staging folder inside the
 * project (same file system, so that moving is a rename); only when all are there are the files
 * being replaced moved aside and the new ones moved in. A failure at any step puts back what was
 * there and removes what was staged.
 */
export function applyWrites(
  root: string,
  writes: readonly Write[],
  removals: readonly string[],
): void {
  // A migration killed midway left its staging folder (copies of new files only, possibly hundreds
  // of MB): removed. A backup folder holds the author's own files moved aside: never removed here.
  for (const name of readdirSync(root)) {
    if (name.startsWith('.migrate-staging-'))
      rmSync(join(root, name), { recursive: true, force: true });
    if (name.startsWith('.migrate-backup-') && readdirSync(join(root, name)).length > 0)
      throw new Error(
        `${name}/ holds files an interrupted migration moved aside: put them back where they were (or delete the folder), then migrate again`,
      );
  }
  const staging = mkdtempSync(join(root, '.migrate-staging-'));
  const backup = mkdtempSync(join(root, '.migrate-backup-'));
  const movedAside: string[] = [];
  const movedIn: string[] = [];
  try {
    writes.forEach((write, index) =>
      writeFileSync(join(staging, String(index)), write.content, { flag: 'wx' }),
    );
    for (const path of new Set([
      ...removals,
      ...writes.map((write) => write.path).filter((path) => existsSync(join(root, path))),
    ])) {
      mkdirSync(dirname(join(backup, path)), { recursive: true });
      renameSync(join(root, path), join(backup, path));
      movedAside.push(path);
    }
    writes.forEach((write, index) => {
      mkdirSync(dirname(join(root, write.path)), { recursive: true });
      renameSync(join(staging, String(index)), join(root, write.path));
      movedIn.push(write.path);
    });
  } catch (error) {
    for (const path of movedIn) rmSync(join(root, path), { force: true });
    for (const path of movedAside) renameSync(join(backup, path), join(root, path));
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(backup, { recursive: true, force: true });
  }
}
