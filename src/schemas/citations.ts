import { z } from 'zod';
import { ARXIV_ID_VERSIONED, DOI } from '#lib/publications/identifiers.ts';

/** The open sources a count comes from, in the order pages name them when counts tie. */
export const CITATION_SOURCES = ['openalex', 'semanticScholar', 'crossref'] as const;
export type CitationSource = (typeof CITATION_SOURCES)[number];

/**
 * No paper has been cited this often (the most cited papers of all time have some hundreds of
 * thousands): a larger number is a broken answer, not a count.
 */
export const MAX_CITATIONS = 2_000_000;

const count = z.strictObject({
  /** How many works cite the paper according to this source, e.g. `42`. */
  count: z
    .int({ error: `expected a whole number of citations from 0 to ${MAX_CITATIONS}` })
    .nonnegative()
    .max(MAX_CITATIONS),
  /** The day the source gave this count (kept while the count stays the same), e.g. `2026-12-07`. */
  date: z.iso.date({ error: 'expected a day such as 2026-12-07' }),
});

/**
 * The citation counts file, src/data/citations.json: written by `npm run citations`, committed,
 * and the only thing the build reads about citations (a build never touches the network).
 */
export const citationsSchema = z.strictObject({
  /** Counts by publication id (its file name), e.g. `{ "melon-mobisys22": { … } }`. */
  papers: z.record(
    z.string(),
    z.strictObject({
      /** The DOI the counts are for, e.g. `10.1145/3498361.3538928`; counts for another DOI than the paper's are not shown. */
      doi: z.string().regex(DOI).optional(),
      /** The arXiv identifier the counts are for, e.g. `2402.05981`. */
      arxiv: z.string().regex(ARXIV_ID_VERSIONED).optional(),
      /** Each source's count, e.g. `{ "openalex": { "count": 40, "date": "2026-12-07" } }`; a source that never answered is left out. */
      counts: z.strictObject({
        /** From OpenAlex (`cited_by_count`). */
        openalex: count.optional(),
        /** From Semantic Scholar (`citationCount`). */
        semanticScholar: count.optional(),
        /** From Crossref (`is-referenced-by-count`). */
        crossref: count.optional(),
      }),
    }),
  ),
});

export type CitationsFile = z.output<typeof citationsSchema>;
export type PaperCitations = CitationsFile['papers'][string];
export type SourceCount = z.output<typeof count>;
