/** True for an address on the web (`https://…`), false for a path on this site. */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/** The resolver address of a DOI: `10.1145/3498361.3538928` → `https://doi.org/10.1145/3498361.3538928`. */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** The abstract page of an arXiv paper: `2402.05981` → `https://arxiv.org/abs/2402.05981`. */
export const arxivUrl = (id: string) => `https://arxiv.org/abs/${id}`;
