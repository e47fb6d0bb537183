import { publicationTypes, type PublicationType } from '../../schemas/publication.ts';
import type { StringKey } from '../i18n/i18n.ts';
import { resolveAuthors, type Author } from './authors.ts';
import { mostCited, type SourceCitation } from '../citations/counts.ts';
import { groupByYear, type PublicationEntry } from './publications.ts';

/** One way of narrowing the publication list, shown as a plain link. */
export interface PublicationView<T extends PublicationEntry = PublicationEntry> {
  /** Path segment under /publications/, or '' for the full list. */
  slug: string;
  /** The interface string that names it: `view.selected`, `type.journal`. */
  labelKey: StringKey;
  entries: T[];
}

/** The interface string heading a type's papers (`type.conference` → `Conference papers`), in lists and on the CV. */
export const typeHeadingKey = (type: PublicationType): StringKey => `type.${type}`;

/** First author, or sharing first authorship: everyone before the owner is marked equal, and so is the owner. */
export function isFirstAuthor(authors: Author[]): boolean {
  const index = authors.findIndex((author) => author.isOwner);
  if (index === 0) return true;
  if (index < 0) return false;
  return authors.slice(0, index + 1).every((author) => author.equal);
}

/** The view that ranks papers by their citation count instead of listing them by year. */
export const MOST_CITED_VIEW = 'most-cited';

/**
 * Every non-empty view of the list, in a fixed order: all, selected, first-author, most cited
 * (when `citations` holds counts), then each type that has papers. Entries keep the order they
 * come in, except in the most cited view.
 */
export function publicationViews<T extends PublicationEntry & { id: string }>(
  entries: readonly T[],
  ownerName: string,
  citations: ReadonlyMap<string, SourceCitation> = new Map(),
): PublicationView<T>[] {
  const views: PublicationView<T>[] = [
    { slug: '', labelKey: 'view.all', entries: [...entries] },
    {
      slug: 'selected',
      labelKey: 'view.selected',
      entries: entries.filter((entry) => entry.data.selected),
    },
    {
      slug: 'first-author',
      labelKey: 'view.firstAuthor',
      entries: entries.filter((entry) =>
        isFirstAuthor(resolveAuthors(entry.data.authors, ownerName)),
      ),
    },
    { slug: MOST_CITED_VIEW, labelKey: 'view.mostCited', entries: mostCited(entries, citations) },
    ...publicationTypes.map((type) => ({
      slug: `type/${type}`,
      labelKey: typeHeadingKey(type),
      entries: entries.filter((entry) => entry.data.type === type),
    })),
  ];
  return views.filter((view) => view.slug === '' || view.entries.length > 0);
}

/** One paper's type as its own page names it (paper pages are written once, in English, for Scholar). */
const TYPE_NAMES: Record<PublicationType, string> = {
  conference: 'Conference paper',
  journal: 'Journal article',
  workshop: 'Workshop paper',
  preprint: 'Preprint',
  thesis: 'Thesis',
  chapter: 'Book chapter',
  report: 'Report',
  other: 'Publication',
};

/** `conference` → `Conference paper`: the type as a label on a paper's page. */
export const publicationTypeLabel = (type: PublicationType): string => TYPE_NAMES[type];

/** One page of a view: the whole view, or, for a long list, one year of it. */
export interface ViewPage<T extends PublicationEntry = PublicationEntry> {
  /** Path segment under the view: '' for the view's first page, else the year. */
  slug: string;
  /** Every year of the view with its count, newest first, for the year index. */
  years: { year: number; count: number }[];
  /** What this page lists. */
  entries: T[];
}

/**
 * Splits a long list into one page per year, so that a visitor never downloads thousands of
 * rows: up to `limit` papers stay on one page; beyond that the first page shows the newest
 * year and an index, and every year has its own page.
 */
export function paginateByYear<T extends PublicationEntry>(
  entries: readonly T[],
  limit: number,
): ViewPage<T>[] {
  const groups = groupByYear(entries);
  const years = groups.map(({ year, entries: group }) => ({ year, count: group.length }));
  if (entries.length <= limit) return [{ slug: '', years, entries: [...entries] }];
  return [
    { slug: '', years, entries: groups[0]!.entries },
    ...groups.map(({ year, entries: group }) => ({ slug: String(year), years, entries: group })),
  ];
}

/**
 * What the About page lists: everything while the list is short (as the author's old page
 * did); past `limit`, the selected papers (or the first `limit` in the author's order).
 */
export function aboutPublications<T extends PublicationEntry>(
  entries: readonly T[],
  limit: number,
): { entries: T[]; isAll: boolean; isSelection: boolean } {
  if (entries.length <= limit) return { entries: [...entries], isAll: true, isSelection: false };
  const selected = entries.filter((entry) => entry.data.selected);
  if (selected.length > 0)
    return { entries: selected.slice(0, limit), isAll: false, isSelection: true };
  return { entries: entries.slice(0, limit), isAll: false, isSelection: false };
}
