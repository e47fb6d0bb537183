/**
 * npm run migrate -- <path-to-jekyll-site> [--dry-run] [--replace] [--keep-samples]
 *
 * Brings an academicpages (Jekyll) site over: _config.yml into src/site.config.ts, the About
 * page (and the publication, experience and teaching lists in it), _publications/, _talks/ and
 * _teaching/ into entries, files/ into public/files/, the avatar and the pictures pages use.
 * Prints one line per item (new, left out and why, needs a look with file:line and why) and a
 * summary. Everything is checked first and written at once, or nothing is.
 *
 * Refuses when the project already holds content, unless --replace (which lists what it
 * removes). A second run over a migrated project adds nothing.
 *
 * Exit code: 0 when the site was migrated (even with items to look at); 1 when it cannot be
 * (not a Jekyll site, broken _config.yml, content in the way, a failed write); 2 for a wrong
 * command line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { applyWrites, existingContent, sameFile } from './lib/migrate/apply.ts';
import { NotMigratable, planMigration, type Plan } from './lib/migrate/plan.ts';
import { reportLine, summaryLine } from './lib/migrate/report.ts';

const USAGE =
  'usage: npm run migrate -- <path-to-jekyll-site> [--dry-run] [--replace] [--keep-samples]';
const root = resolve(import.meta.dirname, '..');

let args: {
  values: { 'dry-run'?: boolean; replace?: boolean; 'keep-samples'?: boolean; help?: boolean };
  positionals: string[];
};
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      replace: { type: 'boolean' },
      'keep-samples': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length !== 1) {
  console.error(`Which site? Give the folder of one Jekyll site. ${USAGE}`);
  process.exit(2);
}
const dryRun = args.values['dry-run'] ?? false;
// npm runs scripts from the project root: a relative path is taken from where `npm run` was typed.
const base =
  process.env.npm_lifecycle_event === 'migrate'
    ? (process.env.INIT_CWD ?? process.cwd())
    : process.cwd();
const source = resolve(base, args.positionals[0]!);

let plan: Plan;
try {
  plan = planMigration({
    source,
    keepSamples: args.values['keep-samples'] ?? false,
    shippedOwnerFile: readFileSync(resolve(root, 'src/site.config.ts'), 'utf8'),
  });
} catch (error) {
  if (!(error instanceof NotMigratable)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}

// The owner file in the project's own style, as `npm run format` would leave it.
const owner = plan.writes.find((write) => write.path === 'src/site.config.ts');
if (owner)
  owner.content = await prettier.format(String(owner.content), {
    ...(await prettier.resolveConfig(resolve(root, 'src/site.config.ts'))),
    filepath: resolve(root, 'src/site.config.ts'),
  });

// What is there already: this migration's own files (a second run) are left as they are.
const planned = new Set(plan.writes.map((write) => write.path));
const existing = existingContent(root);
const foreign = existing.filter((path) => !planned.has(path));
const changed = plan.writes.filter((write) => !sameFile(root, write.path, write.content));
// Any change to a project that holds content needs --replace: the owner file too, which the author may have edited since.
const needsReplace =
  existing.length > 0 && !args.values.replace && (foreign.length > 0 || changed.length > 0);
// A dry run writes nothing, so it shows the whole plan, and what --replace would remove, rather than stop.
if (needsReplace && !dryRun) {
  console.error(
    foreign.length > 0
      ? `error: the project already holds content (${existing.length} file${existing.length === 1 ? '' : 's'} in src/content/, e.g. ${existing[0]}).\n` +
          'Run with --replace to remove it and migrate; it lists every file it removes.'
      : `error: the migration would change ${changed.length} file${changed.length === 1 ? '' : 's'} you may have edited since the last one (e.g. ${changed[0]!.path}).\n` +
          'Run with --replace to overwrite them; it lists every file it replaces.',
  );
  process.exit(1);
}
const unchanged = new Set(
  plan.writes.filter((write) => !changed.includes(write)).map((write) => write.path),
);
const lines = plan.lines.map((line) =>
  line.kind === 'new' && unchanged.has(line.path)
    ? { kind: 'already present' as const, what: line.what, path: line.path }
    : line,
);

const removals = args.values.replace || dryRun ? foreign : [];
for (const path of removals) console.log(`${dryRun ? 'would remove' : 'removes'} ${path}`);
// Every file that is there and will be different is named, not only content: the owner file, a file in public/files/, the avatar.
for (const write of changed)
  if (existsSync(resolve(root, write.path)))
    console.log(`${dryRun ? 'would replace' : 'replaces'} ${write.path}`);
for (const line of lines) console.log(reportLine(line));
if (!dryRun) {
  try {
    applyWrites(root, changed, removals);
  } catch (error) {
    console.error(
      `error: nothing was written: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
console.log(summaryLine(lines, dryRun ? 'dry run' : changed.length));
if (needsReplace)
  console.log(
    `A real run needs --replace, which ${foreign.length > 0 ? 'removes the files above marked "would remove"' : 'replaces the files above marked "would replace"'}.`,
  );
if (!dryRun && changed.length > 0)
  console.log(
    'Look at the lines above marked "needs a look", then run `npm run check` and `npm run dev`.',
  );
