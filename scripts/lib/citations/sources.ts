import type { CitationSource } from '../../../src/schemas/citations.ts';
import type { RequestLimits, RequestLog } from './http.ts';

/** A publication to count, as its file gives it. */
export interface PaperToCount {
  id: string;
  /** From the project root: `src/content/publications/melon-mobisys22.mdx`. */
  file: string;
  doi?: string;
  arxiv?: string;
}

/** What one source said about one paper. */
export type Outcome =
  | { kind: 'count'; count: number }
  /** The source answered that it does not know the paper. */
  | { kind: 'notFound' }
  /** No usable answer (429, 5xx, timeout): the last good value stays. */
  | { kind: 'failed'; reason: string }
  /** An answer that is no count for this paper (wrong type, another paper's DOI): refused, the last good value stays. */
  | { kind: 'refused'; reason: string };

/** One source's outcomes by paper id; a paper the source cannot look up (no DOI for Crossref) is absent. */
export type SourceResults = Map<string, Outcome>;

/** What a source's lookup needs. */
export interface SourceContext {
  /** The API's address without a trailing slash, e.g. `https://api.openalex.org`. */
  baseUrl: string;
  limits: RequestLimits;
  log: RequestLog;
  apiKey?: string | undefined;
  /** Crossref's polite pool: the owner's contact address (owner file `citations.crossrefContact`). */
  contact?: string | undefined;
}

/** A lookup of every paper in one source. */
export type SourceLookup = (
  papers: readonly PaperToCount[],
  context: SourceContext,
) => Promise<SourceResults>;

/** The public address of each API, and the variable that points it elsewhere (a test server, a mirror). */
export const SOURCE_ENDPOINTS: Record<
  CitationSource,
  { env: string; url: string; keyEnv?: string }
> = {
  openalex: { env: 'OPENALEX_URL', url: 'https://api.openalex.org', keyEnv: 'OPENALEX_API_KEY' },
  semanticScholar: {
    env: 'SEMANTIC_SCHOLAR_URL',
    url: 'https://api.semanticscholar.org',
    keyEnv: 'SEMANTIC_SCHOLAR_API_KEY',
  },
  crossref: { env: 'CROSSREF_URL', url: 'https://api.crossref.org' },
};

/**
 * A DOI as one path segment group: `10.1145/3498361.3538928` keeps its `/`, anything else unsafe
 * is escaped. A DOI with a `.` or `..` segment (`10.1/../../members`) keeps none: the address
 * would resolve them and ask another endpoint of the API.
 */
export function doiPath(doi: string): string {
  const escaped = encodeURIComponent(doi);
  return doi.split('/').some((segment) => segment === '.' || segment === '..')
    ? escaped
    : escaped.replace(/%2F/gi, '/');
}

/** Splits `items` into runs of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    runs.push(items.slice(start, start + size));
  return runs;
}

/** True for a plain JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text from an answer as the report may print it: no control characters (a terminal escape is data too), at most 100 characters. */
export const printable = (text: string) => text.replace(/[\p{Cc}\p{Cf}]/gu, '?').slice(0, 100);
