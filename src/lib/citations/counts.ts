import {
  CITATION_SOURCES,
  MAX_CITATIONS,
  type CitationSource,
  type CitationsFile,
  type PaperCitations,
} from '../../schemas/citations.ts';

/** Each source as pages name it. */
export const SOURCE_NAMES: Record<CitationSource, string> = {
  openalex: 'OpenAlex',
  semanticScholar: 'Semantic Scholar',
  crossref: 'Crossref',
};

/** What an API gave as a count, if it is one: a whole number from 0 up to MAX_CITATIONS (a string or 1e9 is a broken answer). */
export function citationCount(value: unknown): number | undefined {
  return typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    value <= MAX_CITATIONS
    ? value
    : undefined;
}

/**
 * `https://doi.org/10.1145/ABC` → `10.1145/abc`: how APIs write a DOI varies, and DOIs are
 * case-insensitive for ASCII letters only (toLowerCase would make the Kelvin sign a `k`, and
 * an answer for `10.1/\u212Aey` one for `10.1/key`).
 */
export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '')
    .replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** `2402.05981v2` → `2402.05981`: counts belong to the paper, not to one version of it. */
export function normalizeArxiv(id: string): string {
  return id
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(/v\d+$/, '')
    .toLowerCase();
}

/** One source's count. */
export interface SourceCitation {
  source: CitationSource;
  count: number;
  /** The day the source gave it: `2026-12-07`. */
  date: string;
}

/** What a page shows for a paper: the largest count, and every source's for the details. */
export interface ShownCitation extends SourceCitation {
  /** Every source that has a count, the shown one first. */
  all: SourceCitation[];
}

/**
 * The largest of the counts (sources index different parts of the literature, so each misses
 * citations the others have); on a tie the most recent, then OpenAlex, Semantic Scholar, Crossref.
 */
export function largestCount(counts: PaperCitations['counts']): ShownCitation | undefined {
  const all = CITATION_SOURCES.flatMap((source) => {
    const entry = counts[source];
    return entry ? [{ source, count: entry.count, date: entry.date }] : [];
  }).sort((a, b) => b.count - a.count || b.date.localeCompare(a.date));
  return all[0] ? { ...all[0], all } : undefined;
}

/** Equal when both are absent or both name the same DOI (or arXiv id). */
const sameIdentifier = (
  a: string | undefined,
  b: string | undefined,
  normalize: (id: string) => string,
) => (a === undefined || b === undefined ? a === b : normalize(a) === normalize(b));

/** True when `record` was counted for the identifiers the paper has now (a DOI corrected since makes its counts another paper's). */
export function countedForPaper(
  paper: { doi?: string | undefined; arxiv?: string | undefined },
  record: Pick<PaperCitations, 'doi' | 'arxiv'>,
): boolean {
  return (
    sameIdentifier(paper.doi, record.doi, normalizeDoi) &&
    sameIdentifier(paper.arxiv, record.arxiv, normalizeArxiv)
  );
}

/**
 * The counts the file holds for the paper `id`, only if the file itself holds them: a paper
 * named `constructor` or `toString` must not find Object.prototype's function there.
 */
export function recordFor(papers: CitationsFile['papers'], id: string): PaperCitations | undefined {
  return Object.hasOwn(papers, id) ? papers[id] : undefined;
}

/** The count a paper's page and lists show, or undefined when there is none for its identifiers. */
export function paperCitation(
  paper: { doi?: string | undefined; arxiv?: string | undefined },
  record: PaperCitations | undefined,
): ShownCitation | undefined {
  return record && countedForPaper(paper, record) ? largestCount(record.counts) : undefined;
}

/** The sum of the shown counts, and the latest day among them; undefined when no paper has one. */
export function citationTotal(
  citations: Iterable<SourceCitation>,
): { total: number; date: string } | undefined {
  let total = 0;
  let date = '';
  let any = false;
  for (const citation of citations) {
    any = true;
    total += citation.count;
    if (citation.date > date) date = citation.date;
  }
  return any ? { total, date } : undefined;
}

/** The papers that have a count, most cited first; ties keep the order they come in (newest first). */
export function mostCited<T extends { id: string }>(
  entries: readonly T[],
  citations: ReadonlyMap<string, SourceCitation>,
): T[] {
  return entries
    .filter((entry) => citations.has(entry.id))
    .sort((a, b) => citations.get(b.id)!.count - citations.get(a.id)!.count);
}
