/** True for an address on the web (`https://…`), false for a path on this site. */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/**
 * Prefixes a site path with the base path the site is served under, so that
 * `/files/cv.pdf` becomes `/site/files/cv.pdf` when `base` is `/site/`.
 * Web addresses and fragments are returned as they are.
 */
export function withBase(base: string, href: string): string {
  if (isExternal(href) || href.startsWith('#')) return href;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const path = href.startsWith('/') ? href : `/${href}`;
  return `${prefix}${path}`;
}

/** The resolver address of a DOI: `10.1145/3498361.3538928` → `https://doi.org/10.1145/3498361.3538928`. */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** The abstract page of an arXiv paper: `2402.05981` → `https://arxiv.org/abs/2402.05981`. */
export const arxivUrl = (id: string) => `https://arxiv.org/abs/${id}`;

/** The absolute URL of a site path on the production site, for canonical links. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}
