import type { AuthorInput, Publication } from '../../schemas/publication.ts';
import { siteConfig } from '../../site.config.ts';
import { normalizeName } from '../text/names.ts';

/** An author as pages show them: the owner recognised, marks resolved. */
export interface Author {
  name: string;
  url?: string;
  equal: boolean;
  corresponding: boolean;
  isOwner: boolean;
}

/**
 * True when `name` is the owner's: `ownerName`, or one of the other spellings the owner lists in
 * src/site.config.ts (`author.nameVariants`, e.g. `Q. Wang`), compared as normalizeName does.
 */
export function isOwnerName(
  name: string,
  ownerName: string,
  variants: readonly string[] = siteConfig.author.nameVariants,
): boolean {
  const normalized = normalizeName(name);
  return [ownerName, ...variants].some((owner) => normalizeName(owner) === normalized);
}

/** Resolves an entry's authors, marking the site owner by the `owner` flag or by name. */
export function resolveAuthors(
  authors: Publication['authors'] | AuthorInput[],
  ownerName: string,
  variants: readonly string[] = siteConfig.author.nameVariants,
): Author[] {
  return authors.map((author) => {
    const entry = typeof author === 'string' ? { name: author } : author;
    return {
      name: entry.name,
      ...(entry.url ? { url: entry.url } : {}),
      equal: entry.equal ?? false,
      corresponding: entry.corresponding ?? false,
      isOwner: entry.owner ?? isOwnerName(entry.name, ownerName, variants),
    };
  });
}

/** The name of an author entry, written as a plain name or as `{ name, … }`. */
export function authorName(author: AuthorInput): string {
  return typeof author === 'string' ? author : author.name;
}

/** The names in an author list, in order. */
export function authorNames(authors: readonly AuthorInput[]): string[] {
  return authors.map(authorName);
}

/** True when the list names the site owner. */
export function includesOwner(authors: Author[]): boolean {
  return authors.some((author) => author.isOwner);
}

/** The interface strings explaining the marks used in a list of authors: `authors.legendEqual` (* equal contribution), `authors.legendCorresponding` (†). */
export function markLegend(
  authors: readonly Pick<Author, 'equal' | 'corresponding'>[],
): ('authors.legendEqual' | 'authors.legendCorresponding')[] {
  return [
    ...(authors.some((author) => author.equal) ? ['authors.legendEqual' as const] : []),
    ...(authors.some((author) => author.corresponding)
      ? ['authors.legendCorresponding' as const]
      : []),
  ];
}

/** An author list as a list shows it: the names it shows, where names are left out, and how many. */
export interface ShortAuthorList {
  /** The authors shown, in order; `gap` stands for names left out between two shown. */
  shown: (Author | 'gap')[];
  /** How many authors are left out in all (0: the list is whole). */
  hidden: number;
  /** True when names are left out after the last one shown: the list ends in "et al.". */
  etAl: boolean;
}

/**
 * The first `limit` authors, and every owner among the rest, each later owner after a gap:
 * `A, B, C, …, Owner, et al.`. A list at most `limit` long, or no limit, is shown whole.
 */
export function shortenAuthors(authors: readonly Author[], limit?: number): ShortAuthorList {
  if (limit === undefined || authors.length <= limit) {
    return { shown: [...authors], hidden: 0, etAl: false };
  }
  const shown: (Author | 'gap')[] = [];
  let lastShown = -1;
  authors.forEach((author, index) => {
    if (index >= limit && !author.isOwner) return;
    if (index > lastShown + 1) shown.push('gap');
    shown.push(author);
    lastShown = index;
  });
  const hidden = authors.length - shown.filter((item) => item !== 'gap').length;
  return { shown, hidden, etAl: lastShown < authors.length - 1 };
}
