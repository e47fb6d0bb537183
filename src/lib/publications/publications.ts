import type { PageRange, Publication, PublicationLinks } from '../../schemas/publication.ts';
import { authorNames } from './authors.ts';
import { arxivUrl, doiUrl } from '../routing/links.ts';
import type { StringKey } from '../i18n/i18n.ts';
import { mathPlainText } from '../markdown/math-plain-text.ts';
import { paragraphs, plainText, truncate } from '../markdown/plain-text.ts';
import { foldText } from '../text/text-folding.ts';

/** The parts of a collection entry these helpers need. */
export interface PublicationEntry {
  id: string;
  data: Publication;
}

/** The author's order: `order` ascending, then the entry id so that the result never depends on file-system order. */
export function sortPublications<T extends PublicationEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Year groups, newest year first; within a year, the order the entries come in. */
export function groupByYear<T extends PublicationEntry>(
  entries: readonly T[],
): { year: number; entries: T[] }[] {
  const years = new Map<number, T[]>();
  for (const entry of entries)
    years.set(entry.data.date.year, [...(years.get(entry.data.date.year) ?? []), entry]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, group]) => ({ year, entries: group }));
}

/** Year groups, newest year first; within a year, the author's order. */
export function groupPublicationsByYear<T extends PublicationEntry>(
  entries: readonly T[],
): { year: number; entries: T[] }[] {
  return groupByYear(sortPublications(entries));
}

export type LinkKind =
  'pdf' | 'slides' | 'video' | 'poster' | 'code' | 'project' | 'extra' | 'doi' | 'arxiv';

/**
 * A link of a paper, ready to show: the engine's own links are named by an interface string's
 * key (`links.pdf`), in the page's language; an extra link's label, `DOI` and `arXiv` as written.
 */
export type PublicationLink = { kind: LinkKind; href: string } & (
  { labelKey: StringKey } | { label: string }
);

const LABELS: Record<Exclude<LinkKind, 'extra' | 'doi' | 'arxiv'>, StringKey> = {
  pdf: 'links.pdf',
  slides: 'links.slides',
  video: 'links.video',
  poster: 'links.poster',
  code: 'links.code',
  project: 'links.project',
};

/** The paper's links in the order the author's old page used: pdf, slides, video, poster, code, project, then the named extras. */
export function publicationLinks(links: PublicationLinks): PublicationLink[] {
  const standard = (Object.keys(LABELS) as (keyof typeof LABELS)[]).flatMap((kind) => {
    const href = links[kind];
    return href ? [{ kind, labelKey: LABELS[kind], href }] : [];
  });
  const extra = (links.extra ?? []).map((link) => ({
    kind: 'extra' as const,
    label: link.label,
    href: link.url,
  }));
  return [...standard, ...extra];
}

/** Two entries may not claim the same position: the author's order would be ambiguous. */
export function findDuplicateOrders(
  entries: readonly PublicationEntry[],
): { order: number; ids: string[] }[] {
  const byOrder = new Map<number, string[]>();
  for (const entry of entries)
    byOrder.set(entry.data.order, [...(byOrder.get(entry.data.order) ?? []), entry.id]);
  return [...byOrder.entries()]
    .filter(([, ids]) => ids.length > 1)
    .map(([order, ids]) => ({ order, ids: ids.sort() }));
}

/** A title as two copies of one paper share it: folded (case, accents), punctuation, TeX and spacing ignored. */
const titleKey = (title: string) =>
  foldText(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Papers written twice under two file names: the same DOI (in any letter case), or the same title
 * for the same type of publication. A preprint and its published version may share a title; two
 * conference papers may not. Each pair is given once, the files in the order given.
 */
export function findDuplicatePapers<
  T extends { id: string; data: Pick<Publication, 'title' | 'doi' | 'type'> },
>(entries: readonly T[]): { first: T; second: T; same: 'DOI' | 'title' }[] {
  const byKey = new Map<string, T>();
  const pairs: { first: T; second: T; same: 'DOI' | 'title' }[] = [];
  for (const entry of entries) {
    const keys: [string, 'DOI' | 'title'][] = [
      [`title ${entry.data.type} ${titleKey(entry.data.title)}`, 'title'],
    ];
    if (entry.data.doi) keys.unshift([`doi ${entry.data.doi.toLowerCase()}`, 'DOI']);
    const match = keys.find(([key]) => byKey.has(key));
    if (match) pairs.push({ first: byKey.get(match[0])!, second: entry, same: match[1] });
    for (const [key] of keys) if (!byKey.has(key)) byKey.set(key, entry);
  }
  return pairs;
}

/** The paper's persistent identifiers as links: DOI and arXiv, for its own page. */
export function identifierLinks(data: Pick<Publication, 'doi' | 'arxiv'>): PublicationLink[] {
  return [
    ...(data.doi ? [{ kind: 'doi' as const, label: 'DOI', href: doiUrl(data.doi) }] : []),
    ...(data.arxiv ? [{ kind: 'arxiv' as const, label: 'arXiv', href: arxivUrl(data.arxiv) }] : []),
  ];
}

/** Where a paper lives on the web: the publisher's page, else its DOI, else arXiv. */
export function paperUrl(data: Pick<Publication, 'venue' | 'doi' | 'arxiv'>): string | undefined {
  return (
    data.venue.url ?? (data.doi ? doiUrl(data.doi) : data.arxiv ? arxivUrl(data.arxiv) : undefined)
  );
}

/** Volume, issue and pages as a reference list prints them: `vol. 23, no. 4, pp. 1–14`, or '' when there are none. */
export function formatPublicationDetails(
  data: Pick<Publication, 'volume' | 'issue' | 'pages'>,
): string {
  return [
    data.volume && `vol. ${data.volume}`,
    data.issue && `no. ${data.issue}`,
    data.pages && `pp. ${pageRange(data.pages, '–')}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A page range written with the given dash, `pageRange({ first: '1', last: '14' }, '–')` → `1–14`; a single page as it is. */
export function pageRange(pages: PageRange, dash: string): string {
  return pages.last === undefined ? pages.first : `${pages.first}${dash}${pages.last}`;
}

/**
 * What a paper's abstract says, as one line of plain text for descriptions, JSON-LD and the
 * feed: the `abstract:` field, else the text of the MDX body ('' when there is neither).
 */
export function publicationAbstract(publication: {
  data: Pick<Publication, 'abstract'>;
  body?: string | undefined;
}): string {
  // Formulas as Unicode text (`O(n²)`), so that descriptions, the feed and JSON-LD read as prose.
  return publication.data.abstract
    ? mathPlainText(paragraphs(publication.data.abstract).join(' '))
    : plainText(mathPlainText(publication.body ?? '', { keepUnreadable: true }));
}

/**
 * One or two sentences about a paper for search results, link previews and the feed: the
 * abstract (plain text, cut at a word) or, without one, who published it where and when.
 */
export function publicationDescription(data: Publication, abstractText: string, max = 200): string {
  if (abstractText) return truncate(abstractText, max);
  return `${authorNames(data.authors).join(', ')}. ${data.venue.name ?? data.venue.short}, ${data.date.year}.`;
}
