import type { Publication } from '../schemas/publication.ts';
import { authorName } from './authors.ts';
import type { CitableEntry } from './bibtex.ts';
import { paperUrl } from './publications.ts';

/** The subset of CSL-JSON (citationstyles.org) this site emits. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'paper-conference' | 'article-journal' | 'article' | 'thesis' | 'chapter' | 'report' | 'document';
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

/** `Qipeng Wang` → `{ family: "Wang", given: "Qipeng" }`; a one-word name stays literal. */
export function cslName(name: string): CslItem['author'][number] {
  if (name.includes(',')) {
    const [family = '', given = ''] = name.split(',').map((part) => part.trim());
    return { family, given };
  }
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  const family = words.pop() ?? '';
  return { family, given: words.join(' ') };
}

/** One CSL-JSON item for a paper, keyed by its citation key. */
export function toCsl(entry: CitableEntry, key: string): CslItem {
  const { data } = entry;
  const dateParts = [data.date.year, data.date.month, data.date.day].filter((part) => part !== undefined) as [number, number?, number?];
  const url = paperUrl(data);
  return {
    id: key,
    'citation-key': key,
    type: CSL_TYPES[data.type],
    title: data.title,
    author: data.authors.map((author) => cslName(authorName(author))),
    issued: { 'date-parts': [dateParts] },
    ...(data.venue.name || data.type !== 'preprint' ? { 'container-title': data.venue.name ?? data.venue.short } : {}),
    'container-title-short': data.venue.short,
    ...(data.publisher ? { publisher: data.publisher } : {}),
    ...(data.volume ? { volume: data.volume } : {}),
    ...(data.issue ? { issue: data.issue } : {}),
    ...(data.pages ? { page: data.pages.replace(/[-–]+/, '-') } : {}),
    ...(data.doi ? { DOI: data.doi } : {}),
    ...(data.arxiv ? { number: `arXiv:${data.arxiv}` } : {}),
    ...(url ? { URL: url } : {}),
  };
}
