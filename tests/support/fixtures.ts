import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of a file under tests/fixtures/, e.g. `fixture('bad-input/empty-title.mdx')`. */
export const fixture = (path: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures', path), 'utf8');
