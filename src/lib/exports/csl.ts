import type { AuthorInput, Publication } from '../../schemas/publication.ts';
import { authorName } from '../publications/authors.ts';
import { isLiteralName } from './bibtex.ts';
import { mathPlainText } from '../markdown/math-plain-text.ts';
import { splitName } from '../text/names.ts';
import { pageRange, paperUrl, type PublicationEntry } from '../publications/publications.ts';

/** The subset of CSL-JSON (citationstyles.org) this site emits. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type:
    | 'paper-conference'
    | 'article-journal'
    | 'article'
    | 'thesis'
    | 'chapter'
    | 'report'
    | 'document';
  title: string;
  author: ({ family: string; given: string } | { literal: string })[];
  issued: { 'date-parts': [[number, number?, number?]] };
  'container-title'?: string;
  'container-title-short'?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  number?: string;
}

const CSL_TYPES: Record<Publication['type'], CslItem['type']> = {
  conference: 'paper-conference',
  workshop: 'paper-conference',
  journal: 'article-journal',
  preprint: 'article',
  thesis: 'thesis',
  chapter: 'chapter',
  report: 'report',
  other: 'document',
};

/**
 * `Qipeng Wang` → `{ family: "Wang", given: "Qipeng" }`, split as the BibTeX export splits it
 * (`Wang, Qipeng` likewise; all after the first comma is given); a one-word name stays literal.
 */
export function cslName(name: string): CslItem['author'][number] {
  return splitName(name) ?? { literal: name.trim() };
}

/** One author for CSL: a literal name (an organisation) stays whole, `{ literal: "Alice and Bob" }`. */
export function cslAuthor(author: AuthorInput): CslItem['author'][number] {
  return isLiteralName(author) ? { literal: authorName(author) } : cslName(authorName(author));
}

/** One CSL-JSON item for a paper, keyed by its citation key. */
export function toCsl(entry: PublicationEntry, key: string): CslItem {
  const { data } = entry;
  const dateParts = [data.date.year, data.date.month, data.date.day].filter(
    (part) => part !== undefined,
  ) as [number, number?, number?];
  const url = paperUrl(data);
  return {
    id: key,
    'citation-key': key,
    type: CSL_TYPES[data.type],
    title: mathPlainText(data.title),
    author: data.authors.map(cslAuthor),
    issued: { 'date-parts': [dateParts] },
    ...(data.venue.name || data.type !== 'preprint'
      ? { 'container-title': data.venue.name ?? data.venue.short }
      : {}),
    'container-title-short': data.venue.short,
    ...(data.publisher ? { publisher: data.publisher } : {}),
    ...(data.volume ? { volume: data.volume } : {}),
    ...(data.issue ? { issue: data.issue } : {}),
    ...(data.pages ? { page: pageRange(data.pages, '-') } : {}),
    ...(data.doi ? { DOI: data.doi } : {}),
    ...(data.arxiv ? { number: `arXiv:${data.arxiv}` } : {}),
    ...(url ? { URL: url } : {}),
  };
}
