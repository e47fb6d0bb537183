/**
 * `npm run check`: the content checks, then (with --types, as the npm script passes it) `astro check`:
 *   node scripts/check.ts [--types] [--strict]
 * Both always run and both verdicts are printed last, so that a type error in the code never hides
 * a mistake in the content, nor the other way round.
 *
 * Reads every entry as the site does, checks its front matter against its collection's schema
 * and, through the build's own code, what the build checks across the site (redirects among
 * them), then looks for linked files missing from public/.
 * Prints each problem with its file and field, and one summary line.
 *
 * Exit code: 1 when an entry has a problem, or (with --strict or STRICT_LOCAL_FILES=true, as
 * the deploy runs it) a linked file is missing; else 0, missing files being only a warning.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { auditContent, describeCounts, describeMissing } from './lib/content-audit.ts';
import { readCollection } from './lib/content-files.ts';
import { KIND_NAMES } from '#lib/content/kinds.ts';
import { interfaceStringProblems } from '#lib/i18n/i18n.ts';
import { siteLanguages } from '#lib/i18n/languages.ts';
import { formatMissingFiles, isStrictLocalFiles } from '#lib/content/local-files.ts';
import { siteConfig } from '../src/site.config.ts';

let strict: boolean;
let types: boolean;
try {
  const { values } = parseArgs({
    options: { strict: { type: 'boolean' }, types: { type: 'boolean' } },
  });
  strict = (values.strict ?? false) || isStrictLocalFiles(process.env);
  types = values.types ?? false;
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : String(error)}\nusage: npm run check [-- --strict]`,
  );
  process.exit(2);
}

// The project root, wherever this was started from.
const root = resolve(import.meta.dirname, '..');
const files = KIND_NAMES.flatMap((collection) => readCollection(root, collection));
const {
  problems: contentProblems,
  counts,
  missingFiles: missing,
} = auditContent(
  root,
  files,
  siteConfig.author.name,
  siteLanguages(siteConfig)
    .slice(1)
    .map((language) => language.code),
);

// The build refuses incomplete interface strings before it reads any page; so does the check.
const problems = [
  ...siteLanguages(siteConfig).flatMap((language) => interfaceStringProblems(language.code)),
  ...contentProblems,
];

if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:`);
  for (const problem of problems) console.error(`  - ${problem}`);
}
if (missing.length > 0) {
  const report = formatMissingFiles(missing);
  if (strict)
    console.error(`\n${report}\n(--strict: add the files to public/ or remove the links.)`);
  else
    console.warn(
      `\nwarning: ${report}\n  (\`npm run check -- --strict\`, as the deploy runs it, fails on these.)`,
    );
}

const missingSummary =
  missing.length > 0
    ? `; ${describeMissing(missing.map((file) => file.path))}`
    : '; every linked file is in public/';
const failed = problems.length > 0 || (strict && missing.length > 0);
const verdict =
  problems.length > 0
    ? `FAILED with ${problems.length} problem${problems.length === 1 ? '' : 's'}`
    : failed
      ? 'FAILED (--strict)'
      : missing.length > 0
        ? 'passed with a warning'
        : 'passed';
const contentVerdict = `Content check ${verdict}: ${describeCounts(counts)}${missingSummary}.`;
console.log(`\n${contentVerdict}`);
if (!types) process.exit(failed ? 1 : 0);

// astro check after, whatever the content check found: its verdict and the content's are the last two lines.
console.log('\nType check (astro check):');
const astro = spawnSync(
  process.execPath,
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'check'],
  { cwd: root, stdio: 'inherit' },
);
const typesFailed = astro.status !== 0;
console.log(
  `\n${contentVerdict}\nType check ${typesFailed ? 'FAILED: see the errors above (file:line:column)' : 'passed'}.`,
);
process.exit(failed || typesFailed ? 1 : 0);
