import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** True when `path` (e.g. `/files/cv.pdf`) is a file in public/, i.e. will be deployed. Runs at build time only. */
export function publicFileExists(path: string): boolean {
  return existsSync(join(process.cwd(), 'public', decodeURI(path)));
}
