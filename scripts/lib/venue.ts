import type { PublicationType } from '../../src/schemas/publication.ts';
import type { Site } from '../../src/schemas/site.ts';
import { foldText } from '#lib/text/text-folding.ts';
import { siteConfig } from '../../src/site.config.ts';

/** A venues table: each short name and the pattern its full names match. */
export type VenueTable = readonly Site['venues'][number][];

/** The venues the owner's table knows, in its order: `venues` in src/site.config.ts (the engine ships none). */
export const KNOWN_VENUES: VenueTable = siteConfig.venues;

/** Words that are a publisher, never a venue's own short name. */
const PUBLISHERS = new Set(['ACM', 'IEEE', 'USENIX', 'IFIP', 'SIAM', 'AAAI', 'PMLR', 'ISBN']);

/** `The 20th Annual … Services` → `the 20th annual … services`: lower case, accents, `&` and punctuation folded. */
export function normalizeVenueName(name: string): string {
  return foldText(name)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The short name of a venue the table knows, e.g. `IEEE Transactions on Mobile Computing` → `TMC`. */
export function knownVenue(name: string, venues: VenueTable = KNOWN_VENUES): string | undefined {
  const normalized = normalizeVenueName(name);
  if (!normalized) return undefined;
  return venues.find(({ pattern }) => pattern.test(normalized))?.short;
}

/** An acronym as venues write theirs: one word, at least two capitals (`MobiSys`, `WWW`, `NeurIPS`), not a publisher. */
const acronymLike = (word: string) =>
  /^[A-Za-z][A-Za-z0-9&+@-]*$/.test(word) &&
  (word.match(/[A-Z]/g)?.length ?? 0) >= 2 &&
  !PUBLISHERS.has(word.toUpperCase());

const twoDigits = (year: string) => year.slice(-2);

/**
 * A label the venue gives itself: ACM's `series = {MobiSys '22}` or `{MobiSys 2022}` → `MobiSys'22`.
 * Series such as `Lecture Notes in Computer Science` are not labels and give nothing.
 */
export function labelFromSeries(series: string): string | undefined {
  const match =
    /^\s*(?:(?:ACM|IEEE|USENIX)\s+)?([A-Za-z][\w&+@/.-]*(?:\s+[A-Za-z][\w&+@/.-]*)?)\s*(?:['’‘]\s*(\d{2})|\s(\d{4}))\s*$/.exec(
      series,
    );
  if (!match) return undefined;
  const [, name = '', short, long] = match;
  if (
    !name.split(/\s+/).every((word) => acronymLike(word) || /^[A-Z][a-z]*$/.test(word)) ||
    !name.split(/\s+/).some(acronymLike)
  )
    return undefined;
  return `${name.replace(/\s+/g, ' ')}'${short ?? twoDigits(long ?? '')}`;
}

/**
 * An acronym written inside the full name: `… Services (MobiSys '22)`, or DBLP's
 * `…, MobiSys 2022, Portland, …`. Returns the acronym and the year it carries, if any.
 */
export function acronymInName(name: string): { acronym: string; year?: string } | undefined {
  for (const match of name.matchAll(
    /\(\s*([A-Za-z][\w&+@-]*)(?:\s*['’]\s*(\d{2})|\s+(\d{2}|\d{4}))?\s*\)/g,
  )) {
    const [, acronym = '', short, long] = match;
    if (acronymLike(acronym)) return { acronym, ...(short || long ? { year: short ?? long } : {}) };
  }
  for (const match of name.matchAll(
    /(?:^|,)\s*((?:[A-Za-z][\w&+@-]*\s+)?[A-Za-z][\w&+@-]*)\s+(\d{4})\s*(?=,|$)/g,
  )) {
    const [, words = '', year] = match;
    const acronym = words
      .split(/\s+/)
      .filter((word) => !PUBLISHERS.has(word.toUpperCase()))
      .join(' ');
    if (acronym && acronym.split(/\s+/).every(acronymLike))
      return { acronym, ...(year ? { year } : {}) };
  }
  return undefined;
}

/**
 * DBLP writes the event after the name: `21st USENIX Symposium on …, NSDI 2024, Santa Clara,
 * CA, April 15-17, 2024`. The full name is the part before the acronym.
 */
export function withoutEventDetails(name: string): string {
  for (const match of name.matchAll(
    /,\s*((?:[A-Za-z][\w&+@-]*\s+)?[A-Za-z][\w&+@-]*)\s+\d{4}\s*(?=,|$)/g,
  )) {
    const words = (match[1] ?? '')
      .split(/\s+/)
      .filter((word) => !PUBLISHERS.has(word.toUpperCase()));
    if (words.length > 0 && words.every(acronymLike) && match.index > 0)
      return name.slice(0, match.index).trim();
  }
  return name;
}

const NAME_NOISE =
  /\b(of|the|on|and|for|in|at|to|a|an|annual|\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/gi;

/** The name without what is not part of it: brackets, the place and date after a comma, years, a leading `The`. */
const bareName = (name: string) =>
  name
    .replace(/\(.*?\)/g, ' ')
    .replace(/,.*$/, '')
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/^\s*the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A name this long or shorter reads well as a label (`PLoS Computational Biology`). */
const READABLE_LABEL_LENGTH = 32;

/**
 * A last resort: the initials of the name's significant words (`Journal of Systems Research` →
 * `JSR`); a one- or two-word name stays as it is. A conference's `Proceedings of` is no part of
 * its name; a journal's is (`Proceedings of the National Academy of Sciences` → `PNAS`).
 */
export function initialism(name: string, type: PublicationType = 'conference'): string {
  const words = bareName(name)
    .replace(type === 'journal' ? /^$/ : /\b(proceedings|proc)\b/gi, ' ')
    .replace(NAME_NOISE, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= 2) return words.join(' ');
  return words.map((word) => word[0]?.toUpperCase() ?? '').join('');
}

export interface VenueLabelInput {
  type: PublicationType;
  /** The full name: the booktitle or journal. */
  name?: string | undefined;
  /** ACM's `series`, e.g. `MobiSys '22`. */
  series?: string | undefined;
  /** Another short form of the name, e.g. Zotero's `shortjournal`. */
  shortName?: string | undefined;
  year: number;
  /** The entry's own kind, for labels of theses and reports (`phdthesis`, `mastersthesis`, `techreport`). */
  entryType?: string;
  /** The venues table to look names up in; the owner's (`venues` in src/site.config.ts) by default. */
  venues?: VenueTable;
}

/**
 * The label shown in brackets (`venue.short`): the venue's own label when the export has one,
 * else the name the table knows, else an initialism, marked `guessed` so the report can say so.
 * Conference, workshop and journal labels carry the year as `'YY`; arXiv's does not.
 */
export function venueLabel(input: VenueLabelInput): { short: string; guessed: boolean } {
  const yy = twoDigits(String(input.year));
  // A name that is itself a label (`booktitle = {MobiSys'22}`, as the site exports a venue with no full name) is the label.
  const fromSeries = [input.series, input.name]
    .map((text) => (text ? labelFromSeries(text) : undefined))
    .find(Boolean);
  if (fromSeries) return { short: fromSeries, guessed: false };

  const names = [input.name, input.shortName].filter((name): name is string =>
    Boolean(name?.trim()),
  );
  if (
    input.type === 'preprint' &&
    (names.length === 0 || names.some((name) => /\barxiv\b|^corr$/i.test(name.trim())))
  )
    return { short: 'arXiv', guessed: false };
  if (input.type === 'thesis')
    return {
      short: input.entryType === 'mastersthesis' ? "Master's Thesis" : 'Ph.D. Thesis',
      guessed: false,
    };

  const withYear = (label: string) =>
    input.type === 'preprint' || input.type === 'other' ? label : `${label}'${yy}`;
  for (const name of names) {
    const found = acronymInName(name);
    if (found) return { short: withYear(found.acronym), guessed: false };
  }
  for (const name of names) {
    const known = knownVenue(name, input.venues);
    if (known) return { short: withYear(known), guessed: false };
  }
  // A venue the table does not know: the export's own abbreviation (`PLoS Comput Biol`), or a
  // journal's name when it is short enough to read as a label (`Genome Research`), before any initialism.
  const readable = [input.shortName, input.type === 'journal' ? input.name : undefined]
    .map((name) => (name ? bareName(name) : ''))
    .find((name) => name !== '' && name.length <= READABLE_LABEL_LENGTH);
  if (readable) return { short: withYear(readable), guessed: false };
  const guess = names.map((name) => initialism(name, input.type)).find(Boolean);
  if (guess) return { short: withYear(guess), guessed: true };
  const fallback: Record<PublicationType, string> = {
    conference: 'Conference',
    journal: 'Journal',
    workshop: 'Workshop',
    preprint: 'Preprint',
    thesis: 'Thesis',
    chapter: 'Book chapter',
    report: 'Technical report',
    other: 'Manuscript',
  };
  return { short: fallback[input.type], guessed: true };
}
