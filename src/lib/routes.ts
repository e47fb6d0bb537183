/** Where things live on the site, in one place so that links, redirects and checks agree. */

export const HOME_PATH = '/';
export const PUBLICATIONS_PATH = '/publications/';
export const NOT_FOUND_PATH = '/404.html';
export const FEED_PATH = '/feed.xml';
export const BIBLIOGRAPHY_PATH = '/publications.bib';
export const CSL_PATH = '/publications.json';
export const FAVICON_PATH = '/favicon.svg';
/** @astrojs/sitemap writes the index; src/integrations/sitemap-alias.ts copies it to the Jekyll site's old address. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';
export const SITEMAP_ALIAS_PATH = '/sitemap.xml';

/**
 * Addresses that programs read (feed readers, crawlers, reference managers, web hosts,
 * browsers), whether or not the site publishes them yet: an HTML redirect must never take one.
 */
export const MACHINE_READ_PATHS = [
  FEED_PATH,
  BIBLIOGRAPHY_PATH,
  CSL_PATH,
  SITEMAP_INDEX_PATH,
  SITEMAP_ALIAS_PATH,
  '/robots.txt',
  '/_headers',
  '/_redirects',
  '/.nojekyll',
  '/CNAME',
  FAVICON_PATH,
  '/favicon.ico',
];

/**
 * True for a machine-read address in any letter case (a host on a case-insensitive file system
 * serves `/CNAME` for `/cname`), @astrojs/sitemap's numbered parts (`/sitemap-0.xml`, …) included.
 */
export const isMachineReadPath = (path: string) =>
  MACHINE_READ_PATHS.some((machineRead) => machineRead.toLowerCase() === path.toLowerCase()) || /^\/sitemap-\d+\.xml$/i.test(path);

/** A paper's own page: `/publications/melon-mobisys22/`. */
export const publicationPath = (id: string) => `${PUBLICATIONS_PATH}${id}/`;

/** A paper's BibTeX file: `/publications/melon-mobisys22.bib`. */
export const publicationBibPath = (id: string) => `${PUBLICATIONS_PATH}${id}.bib`;

/** A filtered list of publications: `/publications/selected/`, `/publications/type/journal/`. */
export const publicationViewPath = (view: string) => (view ? `${PUBLICATIONS_PATH}${view}/` : PUBLICATIONS_PATH);

/** Publication ids that would collide with the list's own views and year pages. */
export const isReservedPublicationId = (id: string) => ['selected', 'first-author', 'type'].includes(id) || /^\d{4}$/.test(id);

/** A list longer than this is split into one page per year. */
export const PUBLICATIONS_PER_PAGE = 150;

/** The About page lists every paper up to this many; beyond it, the selected ones. */
export const ABOUT_PUBLICATIONS_LIMIT = 30;
