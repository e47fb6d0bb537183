import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../src/site.config.ts';

/**
 * The builds `npm test` makes: the owner's site where the owner file puts it and under /site/ at
 * another address (so that an address not taken from Astro shows), and the fixture sites
 * (tests/fixtures/sites/, `npm run build:fixtures`). `redirects`: whether the site declares the
 * old addresses /about/ and /about.html; `undefined` for the owner's own content, which these
 * generic checks do not presume (tests/e2e/smoke.spec.ts is about it).
 */
const ALL_BUILDS: readonly {
  dir: string;
  base: string;
  siteUrl: string;
  redirects: boolean | undefined;
}[] = [
  { dir: 'dist', base: siteConfig.base, siteUrl: siteConfig.url, redirects: undefined },
  // package.json "build:subpath" sets SITE_URL and SITE_BASE to these.
  { dir: 'dist-subpath', base: '/site/', siteUrl: 'https://example.org', redirects: undefined },
  {
    dir: 'dist-fixtures/minimal',
    base: '/',
    siteUrl: 'https://sam-okafor.example.org',
    redirects: false,
  },
  { dir: 'dist-fixtures/full', base: '/', siteUrl: 'https://mei-lin.example.org', redirects: true },
  {
    dir: 'dist-fixtures/full-subpath',
    base: '/site/',
    siteUrl: 'https://mei-lin.example.net',
    redirects: true,
  },
  {
    dir: 'dist-fixtures/lifesci',
    base: '/homepage/',
    siteUrl: 'https://ines-angstrom.example.org',
    redirects: undefined,
  },
];

/** Every build; with DIST_OWNER_ONLY=1 only the owner's dist/ (tests/fork/ checks a fork's own build this way). */
export const BUILDS = process.env.DIST_OWNER_ONLY === '1' ? ALL_BUILDS.slice(0, 1) : ALL_BUILDS;

export type Build = (typeof BUILDS)[number];

/** Every HTML file of a build, as paths relative to its folder. */
export function htmlFiles(build: Build): string[] {
  if (!existsSync(build.dir))
    throw new Error(
      `${build.dir}/ is missing: run "npm run build", "npm run build:subpath" and "npm run build:fixtures" first.`,
    );
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
  if (relative === '' || relative.endsWith('/'))
    return existsSync(join(candidate, 'index.html')) ? join(relative, 'index.html') : undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory())
    return existsSync(join(candidate, 'index.html')) ? join(relative, 'index.html') : undefined;
  return relative;
}

/** The path a page file is served at: `publications/index.html` → `/publications/`. */
export function pathForFile(build: Build, file: string): string {
  return `${build.base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
