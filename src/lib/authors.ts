import type { AuthorInput, Publication } from '../schemas/publication.ts';
import { normalizeName } from './names.ts';

/** An author as pages show them: the owner recognised, marks resolved. */
export interface Author {
  name: string;
  url?: string;
  equal: boolean;
  corresponding: boolean;
  isOwner: boolean;
}

/** Resolves an entry's authors, marking the site owner by the `owner` flag or by name. */
export function resolveAuthors(authors: Publication['authors'] | AuthorInput[], ownerName: string): Author[] {
  const owner = normalizeName(ownerName);
  return authors.map((author) => {
    const entry = typeof author === 'string' ? { name: author } : author;
    return {
      name: entry.name,
      ...(entry.url ? { url: entry.url } : {}),
      equal: entry.equal ?? false,
      corresponding: entry.corresponding ?? false,
      isOwner: entry.owner ?? normalizeName(entry.name) === owner,
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

/** The explanations of the marks used in a list of authors, e.g. `["* equal contribution"]`. */
export function markLegend(authors: Author[]): string[] {
  return [
    ...(authors.some((author) => author.equal) ? ['* equal contribution'] : []),
    ...(authors.some((author) => author.corresponding) ? ['† corresponding author'] : []),
  ];
}
