import type { Publication, PublicationType } from '../schemas/publication.ts';
import { resolveAuthors, type Author } from './authors.ts';
import type { PublicationEntry } from './publications.ts';

/** One way of narrowing the publication list, shown as a plain link. */
export interface PublicationView<T extends PublicationEntry = PublicationEntry> {
  /** Path segment under /publications/, or '' for the full list. */
  slug: string;
  label: string;
  entries: T[];
}

const TYPE_LABELS: Record<PublicationType, string> = {
  conference: 'Conference papers',
  journal: 'Journal articles',
  workshop: 'Workshop papers',
  preprint: 'Preprints',
  thesis: 'Theses',
  chapter: 'Book chapters',
  report: 'Reports',
  other: 'Other',
};

/** First author, or sharing first authorship: everyone before the owner is marked equal, and so is the owner. */
export function isFirstAuthor(authors: Author[]): boolean {
  const index = authors.findIndex((author) => author.isOwner);
  if (index === 0) return true;
  if (index < 0) return false;
  return authors.slice(0, index + 1).every((author) => author.equal);
}

/**
 * Every non-empty view of the list, in a fixed order: all, selected, first-author, then each
 * type that has papers. Entries keep the order they come in.
 */
export function publicationViews<T extends PublicationEntry & { data: Publication }>(entries: readonly T[], ownerName: string): PublicationView<T>[] {
  const views: PublicationView<T>[] = [
    { slug: '', label: 'All', entries: [...entries] },
    { slug: 'selected', label: 'Selected', entries: entries.filter((entry) => entry.data.selected) },
    { slug: 'first-author', label: 'First author', entries: entries.filter((entry) => isFirstAuthor(resolveAuthors(entry.data.authors, ownerName))) },
    ...(Object.keys(TYPE_LABELS) as PublicationType[]).map((type) => ({
      slug: `type/${type}`,
      label: TYPE_LABELS[type],
      entries: entries.filter((entry) => entry.data.type === type),
    })),
  ];
  return views.filter((view) => view.slug === '' || view.entries.length > 0);
}

/** `conference` → `Conference paper`: the type as a label on a paper's page. */
export function publicationTypeLabel(type: PublicationType): string {
  const plural = TYPE_LABELS[type];
  return type === 'thesis' ? 'Thesis' : type === 'other' ? 'Publication' : plural.replace(/s$/, '');
}
