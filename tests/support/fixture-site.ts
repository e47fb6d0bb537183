/**
 * The fixture sites (tests/fixtures/sites/<name>/): what an owner writes (site.config.ts, content/,
 * public/) and what the owner's tools write (data/: the citation counts), built with the real
 * `astro build` on a throw-away copy of the engine. The engine is never edited: that a site of a
 * different person builds this way is itself a test.
 *
 * Run as a script (`npm run build:fixtures`) it builds every site in BUILDS, in parallel, into
 * dist-fixtures/<build>/, once per `npm test`; the e2e and dist suites read those folders.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SiteCopy } from '../../scripts/lib/site-copy.ts';
import { KIND_NAMES } from '#lib/content/kinds.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const SITES_DIR = join(ROOT, 'tests/fixtures/sites');
export const FIXTURES_OUT = join(ROOT, 'dist-fixtures');

/** Each build of a fixture site: its folder under dist-fixtures/, the site it is made from, and where it is deployed. */
export const FIXTURE_BUILDS = [
  { name: 'minimal', site: 'minimal', base: '/', siteUrl: 'https://sam-okafor.example.org' },
  { name: 'full', site: 'full', base: '/', siteUrl: 'https://mei-lin.example.org' },
  { name: 'full-subpath', site: 'full', base: '/site/', siteUrl: 'https://mei-lin.example.net' },
  {
    name: 'lifesci',
    site: 'lifesci',
    base: '/homepage/',
    siteUrl: 'https://ines-angstrom.example.org',
  },
] as const;

export type FixtureBuild = (typeof FIXTURE_BUILDS)[number];

/** A copy of the engine holding the fixture site `site` in place of the owner's files. */
export function fixtureSite(site: string): SiteCopy {
  const from = join(SITES_DIR, site);
  if (!existsSync(join(from, 'site.config.ts')))
    throw new Error(`tests/fixtures/sites/${site}/site.config.ts is missing`);
  const copy = new SiteCopy();
  rmSync(join(copy.dir, 'src/content'), { recursive: true, force: true });
  cpSync(join(from, 'content'), join(copy.dir, 'src/content'), { recursive: true });
  // Git keeps no empty folders: every collection gets one, so that a site without teaching, say, is a site with none.
  for (const collection of KIND_NAMES)
    mkdirSync(join(copy.dir, 'src/content', collection), { recursive: true });
  cpSync(join(from, 'site.config.ts'), join(copy.dir, 'src/site.config.ts'));
  // public/ holds the owner's files (their own cv.pdf, papers, pictures): a fixture site has only its own.
  // Dotfiles such as .nojekyll are the engine's and stay.
  for (const name of readdirSync(join(copy.dir, 'public')))
    if (!name.startsWith('.'))
      rmSync(join(copy.dir, 'public', name), { recursive: true, force: true });
  rmSync(join(copy.dir, 'src/assets'), { recursive: true, force: true });
  if (existsSync(join(from, 'public')))
    cpSync(join(from, 'public'), join(copy.dir, 'public'), { recursive: true });
  // What `npm run citations` wrote for the site (src/data/citations.json); a site without one shows no counts, not the owner's.
  rmSync(join(copy.dir, 'src/data'), { recursive: true, force: true });
  if (existsSync(join(from, 'data')))
    cpSync(join(from, 'data'), join(copy.dir, 'src/data'), { recursive: true });
  return copy;
}

/** Builds one fixture build into dist-fixtures/<name>/; throws with Astro's output when the build fails. */
export async function buildFixture(build: FixtureBuild): Promise<string> {
  const outDir = join(FIXTURES_OUT, build.name);
  rmSync(outDir, { recursive: true, force: true });
  const copy = fixtureSite(build.site);
  try {
    const result = await copy.build({
      SITE_URL: build.siteUrl,
      SITE_BASE: build.base,
      SITE_OUT_DIR: outDir,
    });
    if (result.code !== 0)
      throw new Error(
        `the fixture site "${build.site}" (${build.name}) did not build:\n${result.output}`,
      );
    return outDir;
  } finally {
    copy.remove();
  }
}

if (process.argv[1] === import.meta.filename) {
  const started = Date.now();
  const results = await Promise.allSettled(FIXTURE_BUILDS.map(buildFixture));
  const failed = results.flatMap((result) =>
    result.status === 'rejected' ? [String(result.reason?.message ?? result.reason)] : [],
  );
  if (failed.length > 0) {
    console.error(failed.join('\n\n'));
    process.exit(1);
  }
  console.log(
    `Built ${FIXTURE_BUILDS.map((build) => `dist-fixtures/${build.name}/`).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
