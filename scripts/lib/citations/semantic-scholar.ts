import { citationCount, normalizeArxiv, normalizeDoi } from '#lib/citations/counts.ts';
import { failureStreak, pacer, requestJson } from './http.ts';
import {
  batches,
  isRecord,
  printable,
  type Outcome,
  type PaperToCount,
  type SourceContext,
  type SourceResults,
} from './sources.ts';

/** The batch endpoint takes up to 500 ids a request. */
const BATCH = 500;
/** One request a second: the rate an API key grants (and a fair share of the anonymous pool). */
const INTERVAL_MS = 1100;

/** The id a paper is asked by: its DOI, else its arXiv id. */
const paperId = (paper: PaperToCount) =>
  paper.doi ? `DOI:${normalizeDoi(paper.doi)}` : `ARXIV:${normalizeArxiv(paper.arxiv!)}`;

/** One element of the batch answer, checked against the paper asked for (by `externalIds`). */
function paperOutcome(answer: unknown, paper: PaperToCount): Outcome {
  if (answer === null) return { kind: 'notFound' };
  if (!isRecord(answer))
    return { kind: 'refused', reason: 'answered with something that is not a paper' };
  const ids = isRecord(answer.externalIds) ? answer.externalIds : {};
  if (paper.doi) {
    if (typeof ids.DOI !== 'string' || normalizeDoi(ids.DOI) !== normalizeDoi(paper.doi))
      return {
        kind: 'refused',
        reason: `answered for another DOI (${typeof ids.DOI === 'string' ? printable(normalizeDoi(ids.DOI)) : 'none'})`,
      };
  } else if (
    typeof ids.ArXiv !== 'string' ||
    normalizeArxiv(ids.ArXiv) !== normalizeArxiv(paper.arxiv!)
  ) {
    return { kind: 'refused', reason: 'answered for another arXiv paper' };
  }
  const count = citationCount(answer.citationCount);
  return count === undefined
    ? { kind: 'refused', reason: 'citationCount is not a whole number in range' }
    : { kind: 'count', count };
}

/** Counts by DOI or arXiv id through `POST /graph/v1/paper/batch`, whose answer lists the papers in the order asked (null for one it does not know). */
export async function semanticScholarCounts(
  papers: readonly PaperToCount[],
  context: SourceContext,
): Promise<SourceResults> {
  const results: SourceResults = new Map();
  const pace = pacer(INTERVAL_MS);
  const guarded = failureStreak();
  const countable = papers.filter((paper) => paper.doi !== undefined || paper.arxiv !== undefined);
  for (const batch of batches(countable, BATCH)) {
    await pace();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(context.apiKey ? { 'x-api-key': context.apiKey } : {}),
    };
    const answer = await guarded(() =>
      requestJson(
        `${context.baseUrl}/graph/v1/paper/batch?fields=citationCount,externalIds`,
        { method: 'POST', headers, body: JSON.stringify({ ids: batch.map(paperId) }) },
        context.limits,
        context.log,
        `Semantic Scholar batch of ${batch.length}`,
      ),
    );
    const list =
      answer.ok && Array.isArray(answer.body) && answer.body.length === batch.length
        ? answer.body
        : undefined;
    batch.forEach((paper, index) => {
      if (!answer.ok) results.set(paper.id, { kind: 'failed', reason: answer.reason });
      else if (!list)
        results.set(paper.id, {
          kind: 'refused',
          reason: 'answered with a list that does not match the ids asked',
        });
      else results.set(paper.id, paperOutcome(list[index], paper));
    });
  }
  return results;
}
