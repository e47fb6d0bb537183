import type { PublicationType } from '../../src/schemas/publication.ts';
import { foldText } from '#lib/text/text-folding.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The venues the owner's table knows, in its order: `venues` in src/site.config.ts. */
export const KNOWN_VENUES = siteConfig.venues;

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
export function knownVenue(name: string): string | undefined {
  const normalized = normalizeVenueName(name);
  if (!normalized) return undefined;
  return KNOWN_VENUES.find(({ pattern }) => pattern.test(normalized))?.short;
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
  /\b(proceedings|proc|of|the|on|and|for|in|at|to|a|an|annual|\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/gi;

/** A last resort: the initials of the name's significant words (`Journal of Systems Research` → `JSR`); a one- or two-word name stays as it is. */
export function initialism(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .replace(/,.*$/, '')
    .replace(/\b(19|20)\d{2}\b/g, ' ')
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
    const known = knownVenue(name);
    if (known) return { short: withYear(known), guessed: false };
  }
  const guess = names.map(initialism).find(Boolean);
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
