/**
 * npm run citations
 *
 * Looks up every publication with a DOI or an arXiv id in OpenAlex, Semantic Scholar and
 * Crossref, and writes src/data/citations.json: per paper, each source's count and the day it
 * gave it. The build reads only that file, so builds never touch the network. A source that
 * fails (429 past its Retry-After, 5xx, a timeout) or answers something that is no count for
 * the paper (HTML, a huge body, wrong types, another paper's DOI) changes nothing: the last good
 * value stays, and the report names the paper and why.
 *
 * Environment (all optional): OPENALEX_API_KEY, SEMANTIC_SCHOLAR_API_KEY; OPENALEX_URL,
 * SEMANTIC_SCHOLAR_URL, CROSSREF_URL (default: the public APIs); CITATIONS_TIMEOUT_SECONDS
 * (per request, default 30); CITATIONS_MAX_WAIT_SECONDS (the longest Retry-After honoured,
 * default 120); SOURCE_DATE_EPOCH (the day counts are dated, default today, UTC).
 *
 * Exit code: 0 when the file is up to date (written only when a count changed); 1 when the
 * existing file is broken or no source answered at all; 2 for a bad option or variable.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  citationsSchema,
  CITATION_SOURCES,
  type CitationSource,
  type CitationsFile,
} from '#schemas/citations.ts';
import { CITATIONS_FILE } from '#lib/citations/data-file.ts';
import { formatIssues } from '#lib/content/error-map.ts';
import { ARXIV_ID_VERSIONED, DOI } from '#lib/publications/identifiers.ts';
import { readCollection } from './lib/content-files.ts';
import { crossrefCounts } from './lib/citations/crossref.ts';
import { limitsFromEnv, type RequestLog } from './lib/citations/http.ts';
import { openAlexCounts } from './lib/citations/openalex.ts';
import { formatReport, refreshCitations } from './lib/citations/refresh.ts';
import { semanticScholarCounts } from './lib/citations/semantic-scholar.ts';
import {
  SOURCE_ENDPOINTS,
  type PaperToCount,
  type SourceLookup,
  type SourceResults,
} from './lib/citations/sources.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = 'usage: npm run citations';
try {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(
      `${USAGE}\n  Fetches citation counts into ${CITATIONS_FILE}; see docs/citations.md.`,
    );
    process.exit(0);
  }
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const path = join(root, CITATIONS_FILE);

/** The file as it is, checked: a broken one stops the run rather than being overwritten. */
function readPrevious(): CitationsFile | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${CITATIONS_FILE} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix it or delete it to start again.`,
      {
        cause: error,
      },
    );
  }
  const parsed = citationsSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${CITATIONS_FILE} is invalid; fix it or delete it to start again:\n${formatIssues(
        parsed.error.issues,
        '(root)',
      )
        .map((line) => `  - ${line}`)
        .join('\n')}`,
    );
  return parsed.data;
}

/** Each publication with the identifiers the sources can be asked by (one that does not parse as a DOI or arXiv id counts as none). */
const papers: PaperToCount[] = readCollection(root, 'publications').map((entry) => {
  const doi =
    typeof entry.data?.doi === 'string' && DOI.test(entry.data.doi) ? entry.data.doi : undefined;
  const arxiv =
    typeof entry.data?.arxiv === 'string' && ARXIV_ID_VERSIONED.test(entry.data.arxiv)
      ? entry.data.arxiv
      : undefined;
  return { id: entry.id, file: entry.path, ...(doi ? { doi } : {}), ...(arxiv ? { arxiv } : {}) };
});

const limits = limitsFromEnv(process.env);
if (typeof limits === 'string') {
  console.error(`${limits}\n${USAGE}`);
  process.exit(2);
}
const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const today = (
  Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()
)
  .toISOString()
  .slice(0, 10);

const LOOKUPS: Record<CitationSource, SourceLookup> = {
  openalex: openAlexCounts,
  semanticScholar: semanticScholarCounts,
  crossref: crossrefCounts,
};

let previous: CitationsFile | undefined;
try {
  previous = readPrevious();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const log: RequestLog = { retried: [] };
const started = Date.now();
const answers = await Promise.all(
  CITATION_SOURCES.map(async (source): Promise<[CitationSource, SourceResults]> => {
    const endpoint = SOURCE_ENDPOINTS[source];
    const context = {
      baseUrl: (process.env[endpoint.env] || endpoint.url).replace(/\/+$/, ''),
      limits,
      log,
      apiKey: endpoint.keyEnv ? process.env[endpoint.keyEnv] || undefined : undefined,
      contact: source === 'crossref' ? siteConfig.citations.crossrefContact : undefined,
    };
    return [source, await LOOKUPS[source](papers, context)];
  }),
);
const results = Object.fromEntries(answers) as Record<CitationSource, SourceResults>;
const { file, report } = refreshCitations(previous, papers, results, today);

for (const line of log.retried) console.log(`retry: ${line}`);
const asked = papers.some((paper) => paper.doi !== undefined || paper.arxiv !== undefined);
if (asked && report.fresh.length === 0 && report.notFound.length === 0) {
  console.log(formatReport(report, `${CITATIONS_FILE} is unchanged.`));
  console.error('No source answered: check the network, the API keys and the *_URL variables.');
  process.exit(1);
}

const text = `${JSON.stringify(file, null, 2)}\n`;
const changed = !existsSync(path) || readFileSync(path, 'utf8') !== text;
if (changed) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
const written = changed
  ? `Wrote ${CITATIONS_FILE} (${Object.keys(file.papers).length} papers)`
  : `${CITATIONS_FILE} is unchanged`;
console.log(formatReport(report, `${written} in ${((Date.now() - started) / 1000).toFixed(1)} s.`));
