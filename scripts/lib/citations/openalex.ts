import { citationCount, normalizeDoi } from '#lib/citations/counts.ts';
import { failureStreak, pacer, requestJson } from './http.ts';
import {
  batches,
  doiPath,
  isRecord,
  printable,
  type Outcome,
  type PaperToCount,
  type SourceContext,
  type SourceResults,
} from './sources.ts';

/** OpenAlex takes up to 50 values in one filter (`doi:a|b|…`), and its list pages hold as many. */
const BATCH = 50;
/** OpenAlex allows 10 requests a second at most; a run needs few. */
const INTERVAL_MS = 150;

/** A work as OpenAlex gives it (`doi` as `https://doi.org/…`), checked against the DOI asked for. */
function workOutcome(work: unknown, doi: string): Outcome {
  if (!isRecord(work) || typeof work.doi !== 'string')
    return { kind: 'refused', reason: 'answered without a work DOI' };
  if (normalizeDoi(work.doi) !== normalizeDoi(doi))
    return {
      kind: 'refused',
      reason: `answered for another DOI (${printable(normalizeDoi(work.doi))})`,
    };
  const count = citationCount(work.cited_by_count);
  return count === undefined
    ? { kind: 'refused', reason: 'cited_by_count is not a whole number in range' }
    : { kind: 'count', count };
}

/**
 * Counts by DOI: batches through `/works?filter=doi:a|b|…`; a DOI a batch leaves out (spelt
 * differently, or unknown) is asked once more alone at `/works/doi:…`.
 */
export async function openAlexCounts(
  papers: readonly PaperToCount[],
  context: SourceContext,
): Promise<SourceResults> {
  const results: SourceResults = new Map();
  const pace = pacer(INTERVAL_MS);
  const guarded = failureStreak();
  const key: Record<string, string> = context.apiKey ? { api_key: context.apiKey } : {};
  // `|` and `,` separate a filter's values: a DOI holding one is asked alone.
  const withDoi = papers.filter(
    (paper): paper is PaperToCount & { doi: string } => paper.doi !== undefined,
  );
  const batchable = withDoi.filter((paper) => !/[|,]/.test(paper.doi));
  for (const batch of batches(batchable, BATCH)) {
    await pace();
    const query = new URLSearchParams({
      filter: `doi:${batch.map((paper) => normalizeDoi(paper.doi)).join('|')}`,
      'per-page': String(BATCH),
      select: 'doi,cited_by_count',
      ...key,
    });
    const answer = await guarded(() =>
      requestJson(
        `${context.baseUrl}/works?${query}`,
        {},
        context.limits,
        context.log,
        `OpenAlex batch of ${batch.length}`,
      ),
    );
    if (!answer.ok) {
      for (const paper of batch) results.set(paper.id, { kind: 'failed', reason: answer.reason });
      continue;
    }
    const works =
      isRecord(answer.body) && Array.isArray(answer.body.results) ? answer.body.results : undefined;
    if (!works) {
      for (const paper of batch)
        results.set(paper.id, { kind: 'refused', reason: 'answered without a results list' });
      continue;
    }
    // OpenAlex can hold two works for one DOI (a merge not yet made), in no fixed order: the
    // larger count is kept, as pages keep the largest source, so the file does not flip each week.
    const byDoi = new Map<string, Record<string, unknown>>();
    for (const work of works) {
      if (!isRecord(work) || typeof work.doi !== 'string') continue;
      const doi = normalizeDoi(work.doi);
      const kept = byDoi.get(doi);
      if (
        !kept ||
        (citationCount(work.cited_by_count) ?? -1) > (citationCount(kept.cited_by_count) ?? -1)
      )
        byDoi.set(doi, work);
    }
    for (const paper of batch) {
      const work = byDoi.get(normalizeDoi(paper.doi));
      if (work) results.set(paper.id, workOutcome(work, paper.doi));
    }
  }
  for (const paper of withDoi.filter((paper) => !results.has(paper.id))) {
    await pace();
    const query = new URLSearchParams(key).toString();
    const url = `${context.baseUrl}/works/doi:${doiPath(normalizeDoi(paper.doi))}${query ? `?${query}` : ''}`;
    const answer = await guarded(() =>
      requestJson(url, {}, context.limits, context.log, `OpenAlex ${paper.doi}`),
    );
    if (answer.ok) results.set(paper.id, workOutcome(answer.body, paper.doi));
    else
      results.set(
        paper.id,
        answer.status === 404 ? { kind: 'notFound' } : { kind: 'failed', reason: answer.reason },
      );
  }
  return results;
}
