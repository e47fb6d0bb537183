import { formatIssues } from '#lib/content/error-map.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';
import type { BibSource } from './bibtex-source.ts';
import { convertRecord, publicationDate } from './bibtex-record.ts';
import { entryFile, readEntry, type YamlValue } from './frontmatter.ts';
import { printable } from '#lib/text/control-chars.ts';
import { codeInEntry } from './inert-entry.ts';
import { findSamePaper, identityOf, type MatchedBy, type PaperIdentity } from './paper-identity.ts';
import { publicationSlug, uniqueSlug } from './slug.ts';

/** A paper the site already has (or that this import has just planned), by file. */
export interface KnownPaper {
  path: string;
  identity: PaperIdentity;
}

/** What an import needs to know of the site. `planImport` adds each new paper to it, so that a second file (or a repeated record) sees the first. */
export interface ImportContext {
  ownerName: string;
  /** Where new files go, from the project root: `src/content/publications`. */
  folder: string;
  known: KnownPaper[];
  /** Entry ids in use: a new file never takes one. */
  taken: Set<string>;
  /** The `order` the next new paper gets. */
  nextOrder: number;
}

export type Outcome =
  | { kind: 'new'; key: string; path: string; content: string; notes: string[] }
  | { kind: 'present'; key: string; matches: string; by: MatchedBy }
  | { kind: 'skipped'; key: string; reason: string };

/**
 * Decides what to do with every record of a file, in the file's order: write it (with the
 * file's full text, already checked against the schema and read back as Astro will), leave it
 * because the site has it, or skip it with the reason. Nothing is written here.
 */
export function planImport(
  source: BibSource,
  order: readonly string[],
  context: ImportContext,
): Outcome[] {
  const outcomes: { position: number; outcome: Outcome }[] = [];
  const used = new Map<string, number>();
  const positionOf = (key: string | undefined) => {
    if (key === undefined) return Number.MAX_SAFE_INTEGER;
    const from = used.get(key) ?? -1;
    const index = order.indexOf(key, from + 1);
    const position = index >= 0 ? index : order.indexOf(key);
    used.set(key, position);
    return position >= 0 ? position : Number.MAX_SAFE_INTEGER;
  };

  for (const broken of source.broken) {
    outcomes.push({
      position: positionOf(broken.key),
      outcome: { kind: 'skipped', key: broken.key ?? '(no key)', reason: broken.reason },
    });
  }
  // New papers take their `order` by date, newest first, whatever order the file lists them in
  // (Google Scholar's and DBLP's exports are not by date); papers of one date keep the file's order.
  const records = source.records
    .map((record) => ({ record, position: positionOf(record.key), date: dateKey(record) }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.position - b.position);
  for (const { record, position } of records)
    outcomes.push({ position, outcome: planRecord(record, context) });
  return outcomes.sort((a, b) => a.position - b.position).map(({ outcome }) => outcome);
}

/** A record's date as text that sorts: `2023-10`, `2023` (before any month of 2023), `` without one. */
function dateKey(record: BibSource['records'][number]): string {
  return String(publicationDate(record.fields) ?? '');
}

function planRecord(record: BibSource['records'][number], context: ImportContext): Outcome {
  const { key } = record;
  const conversion = convertRecord(record, context.ownerName);
  if (!conversion.ok) return { kind: 'skipped', key, reason: conversion.reason };

  const identity = identityOf(conversion.data);
  const same = findSamePaper(identity, context.known);
  if (same) return { kind: 'present', key, matches: same.match.path, by: same.by };

  // The abstract is outside text: it goes into front matter, shown as text, never into the MDX body.
  const frontmatter = {
    ...conversion.data,
    ...(conversion.abstract ? { abstract: conversion.abstract } : {}),
    order: context.nextOrder,
  };
  const checked = publicationSchema.safeParse(frontmatter);
  if (!checked.success)
    return {
      kind: 'skipped',
      key,
      reason: `it does not fit the publication schema: ${formatIssues(checked.error.issues).join('; ')}`,
    };

  const year = checked.data.date.year;
  const slug = uniqueSlug(
    publicationSlug({ title: checked.data.title, venueShort: checked.data.venue.short, year, key }),
    context.taken,
  );
  const path = `${context.folder}/${slug}.mdx`;
  const content = entryFile(frontmatter as unknown as { [key: string]: YamlValue }, '');
  const code = codeInEntry(content);
  if (code)
    return {
      kind: 'skipped',
      key,
      reason: `the file written for it failed the safety check: ${code}; please report this`,
    };

  // The file as Astro will read it must say exactly what was checked.
  let reread: unknown;
  try {
    reread = readEntry(content).data;
  } catch (error) {
    return {
      kind: 'skipped',
      key,
      reason: `the front matter written for it would not read back (${String(error)})`,
    };
  }
  const again = publicationSchema.safeParse(reread);
  if (!again.success || JSON.stringify(again.data) !== JSON.stringify(checked.data)) {
    return {
      kind: 'skipped',
      key,
      reason: 'the front matter written for it would not read back the same; please report this',
    };
  }

  context.taken.add(slug);
  context.known.push({ path, identity });
  context.nextOrder += 1;
  return { kind: 'new', key, path, content, notes: conversion.notes };
}

/** One line of the report per record. */
export function reportLine(outcome: Outcome): string {
  // Keys and the parser's reasons quote the .bib file: printed as inert text, never as escape sequences.
  const key = printable(outcome.key, 120);
  switch (outcome.kind) {
    case 'new':
      return `new ${key} → ${outcome.path}${outcome.notes.length > 0 ? ` (check: ${printable(outcome.notes.join('; '))})` : ''}`;
    case 'present':
      return `already present ${key} (matches ${outcome.matches} by ${outcome.by})`;
    case 'skipped':
      return `skipped ${key}: ${printable(outcome.reason)}`;
  }
}

/** The closing line: how many records, and what became of them. */
export function summaryLine(outcomes: readonly Outcome[], dryRun: boolean): string {
  const count = (kind: Outcome['kind']) =>
    outcomes.filter((outcome) => outcome.kind === kind).length;
  const records = `${outcomes.length} record${outcomes.length === 1 ? '' : 's'}`;
  const written = dryRun
    ? 'dry run: nothing written'
    : `${count('new')} file${count('new') === 1 ? '' : 's'} written`;
  return `${records}: ${count('new')} new, ${count('present')} already present, ${count('skipped')} skipped (${written}).`;
}
