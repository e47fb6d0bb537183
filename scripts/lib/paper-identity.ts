/** DOIs, arXiv identifiers and titles, normalised so that the same paper from two sources compares equal. */

import { ARXIV_ID, ARXIV_IN_TEXT, DOI, DOI_PREFIX } from '#lib/publications/identifiers.ts';
import { foldText } from '#lib/text/text-folding.ts';

/** `https://doi.org/10.1145/X`, `doi:10.1145/X`, ` 10.1145/X ` → `10.1145/X`; anything else → undefined. */
export function normalizeDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const doi = value
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .trim();
  return DOI.test(doi) ? doi : undefined;
}

const DOI_IN_URL = new RegExp(
  String.raw`^https?:\/\/(?:(?:dx\.)?doi\.org\/|[^/]+\/doi\/(?:(?:abs|full|pdf|epdf|book)\/)?)(${DOI_PREFIX}[^\s?#]+)`,
  'i',
);

/**
 * A DOI inside a publisher's address: `https://doi.org/10.1145/X`, `https://dl.acm.org/doi/abs/10.1145/X`.
 * The address is decoded first (`%2F` → `/`), and the result must still be a DOI: `%7D` decodes
 * to a brace, which no DOI has.
 */
export function doiFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = DOI_IN_URL.exec(url.trim());
  return normalizeDoi(match?.[1] ? percentDecoded(match[1]) : undefined);
}

/** `a%2Fb` → `a/b`; a malformed escape such as `%E0%A4` leaves the text as it is rather than failing the import. */
function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `2402.05981v2`, `arXiv:2402.05981`, `abs/2402.05981` → `2402.05981` (the version is dropped: the abstract page shows the latest). */
export function normalizeArxiv(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const id = value
    .trim()
    .replace(/^(?:arxiv:\s*|abs\/)/i, '')
    .replace(/v\d+$/, '');
  return ARXIV_ID.test(id) ? id : undefined;
}

/** An arXiv id in an address (`https://arxiv.org/abs/2402.05981v1`, `…/pdf/2402.05981.pdf`) or in text (`arXiv preprint arXiv:2402.05981`). */
export function arxivFromText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const url = /arxiv\.org\/(?:abs|pdf)\/([\w./-]+?)(?:\.pdf)?(?:[?#].*)?$/i.exec(text.trim());
  if (url?.[1]) return normalizeArxiv(url[1]);
  const inText = ARXIV_IN_TEXT.exec(text);
  return normalizeArxiv(inText?.[1]);
}

/** Titles compared by letters and digits only: case, accents, braces, dashes and spacing do not matter. */
export function normalizeTitle(title: string): string {
  return foldText(title).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What identifies a paper: its DOI, its arXiv id, its title. */
export interface PaperIdentity {
  doi?: string;
  arxiv?: string;
  title: string;
}

/** The identity of an entry as written in front matter, also reading DOIs and arXiv ids out of its addresses. */
export function identityOf(data: {
  title?: unknown;
  doi?: unknown;
  arxiv?: unknown;
  venue?: unknown;
  links?: unknown;
}): PaperIdentity {
  const text = (value: unknown) =>
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  const venueUrl =
    typeof data.venue === 'object' && data.venue !== null
      ? text((data.venue as { url?: unknown }).url)
      : undefined;
  const linkUrls =
    typeof data.links === 'object' && data.links !== null
      ? Object.values(data.links as Record<string, unknown>).flatMap((value) => text(value) ?? [])
      : [];
  const doi = normalizeDoi(text(data.doi)) ?? doiFromUrl(venueUrl);
  const arxiv =
    normalizeArxiv(text(data.arxiv)) ?? [venueUrl, ...linkUrls].map(arxivFromText).find(Boolean);
  return {
    ...(doi ? { doi: doi.toLowerCase() } : {}),
    ...(arxiv ? { arxiv } : {}),
    title: normalizeTitle(text(data.title) ?? ''),
  };
}

export type MatchedBy = 'DOI' | 'arXiv' | 'title';

/** The first known paper that is the same as `paper`, and by what: DOI first, then arXiv id, then title. */
export function findSamePaper<T extends { identity: PaperIdentity }>(
  paper: PaperIdentity,
  known: readonly T[],
): { match: T; by: MatchedBy } | undefined {
  const byDoi = paper.doi && known.find((entry) => entry.identity.doi === paper.doi);
  if (byDoi) return { match: byDoi, by: 'DOI' };
  const byArxiv = paper.arxiv && known.find((entry) => entry.identity.arxiv === paper.arxiv);
  if (byArxiv) return { match: byArxiv, by: 'arXiv' };
  const byTitle = paper.title && known.find((entry) => entry.identity.title === paper.title);
  if (byTitle) return { match: byTitle, by: 'title' };
  return undefined;
}
