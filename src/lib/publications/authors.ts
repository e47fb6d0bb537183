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
