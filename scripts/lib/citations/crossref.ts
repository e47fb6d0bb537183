import { citationCount, normalizeDoi } from '#lib/citations/counts.ts';
import { failureStreak, pacer, requestJson } from './http.ts';
import {
  doiPath,
  isRecord,
  printable,
  type Outcome,
  type PaperToCount,
  type SourceContext,
  type SourceResults,
} from './sources.ts';

/** Crossref's public pool allows 5 single-record requests a second, its polite pool (with a contact address) 10. */
const intervalMs = (contact: string | undefined) => (contact ? 120 : 220);

/** `GET /works/{doi}` answers `{ status: "ok", message: { DOI, "is-referenced-by-count" } }`. */
function workOutcome(body: unknown, doi: string): Outcome {
  const work =
    isRecord(body) && body.status === 'ok' && isRecord(body.message) ? body.message : undefined;
  if (!work || typeof work.DOI !== 'string')
    return { kind: 'refused', reason: 'answered without a work' };
  if (normalizeDoi(work.DOI) !== normalizeDoi(doi))
    return {
      kind: 'refused',
      reason: `answered for another DOI (${printable(normalizeDoi(work.DOI))})`,
    };
  const count = citationCount(work['is-referenced-by-count']);
  return count === undefined
    ? { kind: 'refused', reason: 'is-referenced-by-count is not a whole number in range' }
    : { kind: 'count', count };
}

/** Counts by DOI, one paced request per paper to the single-record lookup `/works/{doi}`, which Crossref rates apart from searches. */
export async function crossrefCounts(
  papers: readonly PaperToCount[],
  context: SourceContext,
): Promise<SourceResults> {
  const results: SourceResults = new Map();
  const pace = pacer(intervalMs(context.contact));
  const guarded = failureStreak();
  const query = context.contact ? `?${new URLSearchParams({ mailto: context.contact })}` : '';
  const headers: Record<string, string> = context.contact
    ? { 'user-agent': `academic-homepage-citations (mailto:${context.contact})` }
    : {};
  for (const paper of papers) {
    const doi = paper.doi;
    if (doi === undefined) continue;
    await pace();
    const answer = await guarded(() =>
      requestJson(
        `${context.baseUrl}/works/${doiPath(normalizeDoi(doi))}${query}`,
        { headers },
        context.limits,
        context.log,
        `Crossref ${doi}`,
      ),
    );
    if (answer.ok) results.set(paper.id, workOutcome(answer.body, doi));
    else
      results.set(
        paper.id,
        answer.status === 404 ? { kind: 'notFound' } : { kind: 'failed', reason: answer.reason },
      );
  }
  return results;
}
