/**
 * npm run new -- publication|experience|teaching|education|news|talk|project [--title "…"] [options]
 *
 * Writes a new entry from a template: every field present and explained in a comment, the
 * required ones filled with placeholders that pass the schema (so the site still builds) and
 * that you replace. Prints the path. Never overwrites: an existing entry with that name is an
 * error (exit code 1) and nothing is written.
 *
 *   publication: --title, --venue "MobiSys'25", --year 2025, --type journal
 *   experience:  --title (the role), --org "Microsoft Research Asia", --start 2025-06
 *   teaching:    --title (the course), --institution "Peking University", --term "Fall 2025"
 *   education:   --title (the degree), --institution "Peking University"
 *   news:        --title (the item's text), --date 2025-06-01
 *   talk:        --title, --event "MobiSys 2025", --date 2025-06-01
 *   project:     --title, --start 2025-06
 *   page:        --title (its permalink is made from the file name: /research/)
 *   any:         --slug NAME (the file name, else made from the title)
 *
 * Exit code: 0 written; 1 the entry exists or a value does not fit the schema; 2 a wrong command line.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { impossibleDateProblems } from '#lib/content/content-rules.ts';
import { mdxSyntaxProblem } from '#lib/markdown/mdx-pitfalls.ts';
import { nextOrder, readCollection, takenIds, writeNewFile } from './lib/content-files.ts';
import { CONTENT_KINDS, kindFolder, SCAFFOLDS } from '#lib/content/kinds.ts';
import { readEntry } from './lib/frontmatter.ts';
import { slugify } from './lib/slug.ts';
import { ENTRY_KINDS, entryTemplate, templateSlug, type EntryKind } from './lib/templates.ts';
import { formatIssues } from '#lib/content/error-map.ts';
import { isReservedPublicationId } from '#lib/routing/routes.ts';
import { siteLanguages } from '#lib/i18n/languages.ts';
import { textIn } from '#lib/i18n/owner-text.ts';
import { siteConfig } from '../src/site.config.ts';

const DEFAULT_CODE = siteLanguages(siteConfig)[0]!.code;

const USAGE = `usage: npm run new -- ${ENTRY_KINDS.join('|')} [--title "…"] [--slug NAME]
  publication: [--venue "MobiSys'25"] [--year 2025] [--type conference]
  experience:  [--org "Organisation"] [--start 2025-06]
  teaching:    [--institution "University"] [--term "Fall 2025"]
  education:   [--institution "University"]
  news:        [--date 2025-06-01]
  talk:        [--event "MobiSys 2025"] [--date 2025-06-01]
  project:     [--start 2025-06]
  page:        (its permalink is /NAME/, from --slug or the title)`;

const fail = (message: string, code: number): never => {
  console.error(message);
  process.exit(code);
};

const options = {
  title: { type: 'string' },
  slug: { type: 'string' },
  venue: { type: 'string' },
  year: { type: 'string' },
  type: { type: 'string' },
  org: { type: 'string' },
  start: { type: 'string' },
  institution: { type: 'string' },
  term: { type: 'string' },
  event: { type: 'string' },
  date: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options, allowPositionals: true });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  throw error;
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const kind = positionals[0] as EntryKind | undefined;
if (positionals.length !== 1 || !kind || !ENTRY_KINDS.includes(kind))
  fail(`Which kind of entry? ${USAGE}`, 2);
const entryKind = kind as EntryKind;

const year = values.year === undefined ? undefined : Number(values.year);
if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100))
  fail(`--year: expected a year such as 2025, got "${values.year}"`, 2);

const root = resolve(import.meta.dirname, '..');
const collection = SCAFFOLDS[entryKind];
const schema = CONTENT_KINDS[collection].schema;
const templateValues = {
  title: values.title,
  venue: values.venue,
  year,
  type: values.type,
  org: values.org,
  start: values.start,
  institution: values.institution,
  term: values.term,
  event: values.event,
  date: values.date,
};
const slug =
  values.slug === undefined ? templateSlug(entryKind, templateValues) : slugify(values.slug, 20);
if (!slug) fail(`--slug: "${values.slug}" has no letters or digits to make a file name of`, 2);
if (entryKind === 'publication' && isReservedPublicationId(slug)) {
  fail(`"${slug}" is reserved for a page of the publication list; choose another --slug.`, 1);
}

const path = `${kindFolder(collection)}/${slug}.mdx`;
if (takenIds(root, collection).has(slug)) {
  fail(
    `${path} (or another file named ${slug}) already exists; nothing was written. Edit it, or choose another --title or --slug.`,
    1,
  );
}

const text = entryTemplate(
  entryKind,
  { ...templateValues, slug },
  {
    ownerName: siteConfig.author.name,
    // Entries are written in the default language.
    affiliation: textIn(siteConfig.author.affiliation, DEFAULT_CODE, DEFAULT_CODE).text,
    nextOrder: nextOrder(
      entryKind === 'publication' ? readCollection(root, 'publications', true) : [],
    ),
    today: new Date(),
  },
);
const entry = readEntry(text);
const checked = schema.safeParse(entry.data);
if (!checked.success)
  fail(
    `The new ${entryKind} would not fit the schema, so nothing was written: ${formatIssues(checked.error.issues).join('; ')}`,
    1,
  );
// YAML rolls 2024-02-30 over to 1 March before the schema sees it; the build refuses it, so must this.
const impossible = impossibleDateProblems([{ path, source: text }]);
if (impossible.length > 0) fail(`${impossible.join('; ')} Nothing was written.`, 1);
const syntax = entry.body.trim() === '' ? undefined : mdxSyntaxProblem(text);
if (syntax)
  fail(
    `The new ${CONTENT_KINDS[collection].count.one}'s text would not compile as MDX (${syntax}); write \\{, \\} and \\< for {, } and <. Nothing was written.`,
    1,
  );

try {
  writeNewFile(join(root, path), text);
} catch (error) {
  const exists = error instanceof Error && 'code' in error && error.code === 'EEXIST';
  fail(
    exists
      ? `${path} already exists; nothing was written.`
      : `could not write ${path}: ${String(error)}`,
    1,
  );
}
console.log(path);
console.error(
  `Created ${path}: replace the placeholders, then \`npm run check\` and \`npm run dev\` to see it.`,
);
