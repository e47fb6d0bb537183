import {
  CITATION_SOURCES,
  type CitationSource,
  type CitationsFile,
  type PaperCitations,
} from '#schemas/citations.ts';
import { countedForPaper, recordFor, SOURCE_NAMES } from '#lib/citations/counts.ts';
import type { PaperToCount, SourceResults } from './sources.ts';

/** What a run did, paper by paper: the report names every paper that was not refreshed, and why. */
export interface RefreshReport {
  /** A count a source gave now; `previous` when it differs from the last one. */
  fresh: { id: string; source: CitationSource; count: number; previous?: number }[];
  /** No usable answer: the last good count (if any) stays. */
  kept: { id: string; source: CitationSource; reason: string; count?: number }[];
  /** The source does not know the paper. */
  notFound: { id: string; source: CitationSource; count?: number }[];
  /** A paper the sources cannot be asked about, and what to add. */
  noIdentifier: { id: string; file: string }[];
  /** Counts no longer kept: the paper is gone, or its DOI or arXiv id changed since they were counted. */
  dropped: { id: string; reason: string }[];
}

type Counts = PaperCitations['counts'];

/**
 * The new data file from the last one and this run's answers: a fresh count replaces the old one
 * (keeping its date when it is the same number, so that an unchanged count changes no byte); a
 * failed or refused answer, or a paper the source did not find, keeps the last good value.
 */
export function refreshCitations(
  previous: CitationsFile | undefined,
  papers: readonly PaperToCount[],
  results: Partial<Record<CitationSource, SourceResults>>,
  today: string,
): { file: CitationsFile; report: RefreshReport } {
  const report: RefreshReport = {
    fresh: [],
    kept: [],
    notFound: [],
    noIdentifier: [],
    dropped: [],
  };
  const file: CitationsFile = { papers: {} };
  const ids = new Set(papers.map((paper) => paper.id));
  for (const id of Object.keys(previous?.papers ?? {}).sort()) {
    if (!ids.has(id)) report.dropped.push({ id, reason: 'no longer a publication' });
  }
  for (const paper of [...papers].sort((a, b) => a.id.localeCompare(b.id))) {
    if (paper.id === '__proto__') {
      // A JavaScript object cannot hold that key (assigning it sets the prototype), so the file cannot either.
      report.dropped.push({
        id: paper.id,
        reason: 'no counts for a file named __proto__: rename it',
      });
      continue;
    }
    if (paper.doi === undefined && paper.arxiv === undefined) {
      report.noIdentifier.push({ id: paper.id, file: paper.file });
      if (previous && recordFor(previous.papers, paper.id))
        report.dropped.push({ id: paper.id, reason: 'it has no DOI or arXiv id any more' });
      continue;
    }
    let last = previous && recordFor(previous.papers, paper.id);
    if (last && !countedForPaper(paper, last)) {
      report.dropped.push({
        id: paper.id,
        reason: 'its DOI or arXiv id changed since it was counted',
      });
      last = undefined;
    }
    const counts: Counts = {};
    for (const source of CITATION_SOURCES) {
      const outcome = results[source]?.get(paper.id);
      const before = last?.counts[source];
      const keep = () => {
        if (before) counts[source] = before;
      };
      if (outcome?.kind === 'count') {
        counts[source] =
          before?.count === outcome.count ? before : { count: outcome.count, date: today };
        report.fresh.push({
          id: paper.id,
          source,
          count: outcome.count,
          ...(before && before.count !== outcome.count ? { previous: before.count } : {}),
        });
      } else if (outcome?.kind === 'failed' || outcome?.kind === 'refused') {
        keep();
        report.kept.push({
          id: paper.id,
          source,
          reason: outcome.reason,
          ...(before ? { count: before.count } : {}),
        });
      } else if (outcome?.kind === 'notFound') {
        keep();
        report.notFound.push({ id: paper.id, source, ...(before ? { count: before.count } : {}) });
      } else {
        keep();
      }
    }
    if (Object.keys(counts).length > 0)
      file.papers[paper.id] = {
        ...(paper.doi ? { doi: paper.doi } : {}),
        ...(paper.arxiv ? { arxiv: paper.arxiv } : {}),
        counts,
      };
  }
  return { file, report };
}

/** The report as the terminal shows it: a summary line, then each paper that was not refreshed, and why. */
export function formatReport(report: RefreshReport, written: string): string {
  const lines: string[] = [];
  const name = (source: CitationSource) => SOURCE_NAMES[source];
  const changed = report.fresh.filter((entry) => entry.previous !== undefined);
  lines.push(
    `${report.fresh.length} fresh count${report.fresh.length === 1 ? '' : 's'} (${changed.length} changed), ${report.kept.length} not refreshed, ${report.notFound.length} not found, ${report.noIdentifier.length} paper${report.noIdentifier.length === 1 ? '' : 's'} without an identifier.`,
  );
  for (const entry of changed)
    lines.push(
      `  changed  ${entry.id} (${name(entry.source)}): ${entry.previous} → ${entry.count}`,
    );
  // One line per source and reason: a source that is down names every paper once, not once a line.
  const grouped = <Entry extends { id: string; source: CitationSource; count?: number }>(
    entries: Entry[],
    reasonOf: (entry: Entry) => string,
  ) => {
    const groups = new Map<string, string[]>();
    for (const entry of entries) {
      const key = `${name(entry.source)}${reasonOf(entry)}`;
      groups.set(key, [
        ...(groups.get(key) ?? []),
        entry.count === undefined ? entry.id : `${entry.id} (kept ${entry.count})`,
      ]);
    }
    return [...groups].map(([key, ids]) => `  ${key}: ${ids.join(', ')}`);
  };
  if (report.kept.length > 0)
    lines.push(
      'Not refreshed (the last good count stays):',
      ...grouped(report.kept, (entry) => `, ${entry.reason}`),
    );
  if (report.notFound.length > 0)
    lines.push(
      'Not found by the source (the last good count stays):',
      ...grouped(report.notFound, () => ''),
    );
  if (report.noIdentifier.length > 0)
    lines.push(
      'No DOI or arXiv id, so no counts (add `doi: 10.…` or `arxiv: "2401.01234"` to the front matter):',
    );
  for (const entry of report.noIdentifier) lines.push(`  ${entry.id}: ${entry.file}`);
  if (report.dropped.length > 0) lines.push('Counts removed:');
  for (const entry of report.dropped) lines.push(`  ${entry.id}: ${entry.reason}`);
  lines.push(written);
  return lines.join('\n');
}
