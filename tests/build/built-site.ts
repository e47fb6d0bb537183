import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The two builds `npm test` makes: the site at the root, and the same site under /site/ at
 * another address (package.json "build:subpath"), so that an address not taken from Astro shows.
 */
export const BUILDS = [
  { dir: 'dist', base: '/', siteUrl: 'https://qipengwang.github.io' },
  { dir: 'dist-subpath', base: '/site/', siteUrl: 'https://example.org' },
] as const;

export type Build = (typeof BUILDS)[number];

/** Every HTML file of a build, as paths relative to its folder. */
export function htmlFiles(build: Build): string[] {
  if (!existsSync(build.dir)) throw new Error(`${build.dir}/ is missing: run "npm run build" and "npm run build:subpath" first.`);
  return readdirSync(build.dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export const readPage = (build: Build, file: string) => readFileSync(join(build.dir, file), 'utf8');

/** The file a static host serves for a path of this build (`/site/publications/` → `publications/index.html`), or undefined. */
export function fileForPath(build: Build, path: string): string | undefined {
  if (!path.startsWith(build.base)) return undefined;
  const relative = decodeURI(path.slice(build.base.length));
  const candidate = join(build.dir, relative);
  if (relative === '' || relative.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(relative, 'index.html') : undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) return existsSync(join(candidate, 'index.html')) ? join(relative, 'index.html') : undefined;
  return relative;
}

/** The path a page file is served at: `publications/index.html` → `/publications/`. */
export function pathForFile(build: Build, file: string): string {
  return `${build.base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
