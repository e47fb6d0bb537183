/**
 * npm run import:bib -- <file.bib> [more.bib …] [--dry-run]
 *
 * Adds the papers of BibTeX files (Google Scholar, DBLP, ACM, IEEE Xplore, Zotero exports) to
 * src/content/publications/, one MDX file per paper, and prints one line per record:
 *   new <key> → <path>                          written (or, with --dry-run, would be)
 *   already present <key> (matches <file> by DOI|arXiv|title)
 *   skipped <key>: <reason>                     not your paper, unreadable, or not convertible
 * then a summary. Existing files are never changed.
 *
 * Exit code: 0 when every file could be read (even if records were skipped: the report says
 * why); 1 when a .bib file cannot be read or holds no record, or a file could not be written;
 * 2 for a wrong command line.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { keysInOrder, MAX_BIB_BYTES, readBibtex } from './lib/bibtex-source.ts';
import { nextOrder, readCollection, takenIds, writeNewFile } from './lib/content-files.ts';
import { kindFolder } from '#lib/content/kinds.ts';
import { identityOf } from './lib/paper-identity.ts';
import {
  planImport,
  reportLine,
  summaryLine,
  type ImportContext,
  type Outcome,
} from './lib/importer.ts';
import { printable } from '#lib/text/control-chars.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = 'usage: npm run import:bib -- <file.bib> [more.bib …] [--dry-run]';
const root = resolve(import.meta.dirname, '..');

let args: { values: { 'dry-run'?: boolean; help?: boolean }; positionals: string[] };
try {
  args = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length === 0) {
  console.error(`Which BibTeX file? ${USAGE}`);
  process.exit(2);
}
const dryRun = args.values['dry-run'] ?? false;

const folder = kindFolder('publications');
// Drafts (`_name.mdx`) count: a paper you are still editing is not imported twice, nor is its order reused.
const existing = readCollection(root, 'publications', true);
const context: ImportContext = {
  ownerName: siteConfig.author.name,
  folder,
  known: existing
    .filter((file) => file.data)
    .map((file) => ({ path: file.path, identity: identityOf(file.data ?? {}) })),
  taken: takenIds(root, 'publications'),
  nextOrder: nextOrder(existing),
};

let failed = false;
const outcomes: Outcome[] = [];
for (const file of args.positionals) {
  // npm runs scripts from the project root: a relative path is taken from where `npm run` was typed.
  const base =
    process.env.npm_lifecycle_event === 'import:bib'
      ? (process.env.INIT_CWD ?? process.cwd())
      : process.cwd();
  const path = resolve(base, file);
  let text: string;
  try {
    const bytes = statSync(path).size;
    if (bytes > MAX_BIB_BYTES) {
      console.error(
        `error: ${file} is ${Math.ceil(bytes / 1024 / 1024).toLocaleString('en')} MB, over the ${MAX_BIB_BYTES / 1024 / 1024} MB a .bib file may have (a library of thousands of papers is a few MB); it was not read`,
      );
      failed = true;
      continue;
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(
      `error: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
    failed = true;
    continue;
  }
  const source = readBibtex(text);
  if (source.records.length === 0 && source.broken.length === 0) {
    console.error(`error: ${file} holds no BibTeX record (is it a .bib file?)`);
    failed = true;
    continue;
  }
  if (args.positionals.length > 1) console.log(`${file}:`);
  for (const warning of source.warnings) console.log(`warning: ${printable(warning)}`);
  for (const outcome of planImport(source, keysInOrder(text), context)) {
    let line = outcome;
    if (outcome.kind === 'new' && !dryRun) {
      try {
        writeNewFile(join(root, outcome.path), outcome.content);
      } catch (error) {
        line = {
          kind: 'skipped',
          key: outcome.key,
          reason: `could not write ${outcome.path}: ${error instanceof Error ? error.message : String(error)}`,
        };
        failed = true;
      }
    }
    outcomes.push(line);
    console.log(reportLine(line));
  }
}
console.log(summaryLine(outcomes, dryRun));
if (outcomes.some((outcome) => outcome.kind === 'new') && !dryRun) {
  console.log(
    'Check the new files (venue.short, order, links), then run `npm run check` and `npm run dev` to see them.',
  );
}
process.exit(failed ? 1 : 0);
