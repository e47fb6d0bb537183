import type { Publication } from '../../schemas/publication.ts';
import { siteConfig } from '../../site.config.ts';
import type { PublicationEntry } from '../publications/publications.ts';
import type { SourceCitation } from '../citations/counts.ts';
import {
  MOST_CITED_VIEW,
  paginateByYear,
  publicationViews,
  type ViewPage,
} from '../publications/publication-views.ts';
import type { StringKey } from '../i18n/i18n.ts';

/** Where things live on the site, in one place so that links, redirects and checks agree. */

export const HOME_PATH = '/';
export const PUBLICATIONS_PATH = '/publications/';
export const NOT_FOUND_PATH = '/404.html';
export const FEED_PATH = '/feed.xml';
export const NEWS_PATH = '/news/';
/** The news as an Atom feed; `/feed.xml` stays the publications feed the old site had. */
export const NEWS_FEED_PATH = '/news.xml';
export const TALKS_PATH = '/talks/';
export const PROJECTS_PATH = '/projects/';
export const POSTS_PATH = '/posts/';
/** The posts as an Atom feed. */
export const POSTS_FEED_PATH = '/posts.xml';
export const CV_PATH = '/cv/';
/** The search page; the query is in its address (`/search/?q=memory`). */
export const SEARCH_PATH = '/search/';
/** The folder (under base) where the build writes the search index and Pagefind's script. */
export const SEARCH_BUNDLE_FOLDER = 'pagefind';
/** The printed CV: made at build time from the same entries as /cv/, unless the owner puts their own in public/files/. */
export const CV_PDF_PATH = '/files/cv.pdf';
export const BIBLIOGRAPHY_PATH = '/publications.bib';
export const CSL_PATH = '/publications.json';
export const FAVICON_PATH = '/favicon.svg';
/** Files the build makes itself when public/ holds none of the owner's: they count as deployed. */
export const GENERATED_FILES: readonly string[] = [CV_PDF_PATH, FAVICON_PATH];
/** @astrojs/sitemap writes the index; src/integrations/sitemap-alias.ts copies it to the Jekyll site's old address. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';
export const SITEMAP_ALIAS_PATH = '/sitemap.xml';

/**
 * Addresses that programs read (feed readers, crawlers, reference managers, web hosts,
 * browsers), whether or not the site publishes them yet: an HTML redirect must never take one.
 */
export const MACHINE_READ_PATHS = [
  FEED_PATH,
  NEWS_FEED_PATH,
  POSTS_FEED_PATH,
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
  MACHINE_READ_PATHS.some((machineRead) => machineRead.toLowerCase() === path.toLowerCase()) ||
  /^\/sitemap-\d+\.xml$/i.test(path);

/** A news item's anchor, `news-2024-05-01`: news files are often named by their date, and an id must begin with a letter. */
export const newsAnchor = (id: string) => `news-${id}`;

/** A news item on the news page: `/news/#news-2024-05-01`. */
export const newsItemPath = (id: string) => `${NEWS_PATH}#${newsAnchor(id)}`;

/** A talk on the talks page: `/talks/#melon-mobisys22`. */
export const talkPath = (id: string) => `${TALKS_PATH}#${id}`;

/** A project's own page: `/projects/melon/`. */
export const projectPath = (id: string) => `${PROJECTS_PATH}${id}/`;

/** A page's link-preview picture (Open Graph), made at build time: `/previews/publications/melon-mobisys22.png`. */
export const previewImagePath = (kind: string, id: string) => `/previews/${kind}/${id}.png`;

/** A post's page, in its language's folder for a post in another language: `tiny-training` → `/posts/tiny-training/`, `zh/tiny-training` → `/zh/posts/tiny-training/`. */
export const postPath = (id: string) => {
  const slash = id.indexOf('/');
  return slash === -1
    ? `${POSTS_PATH}${id}/`
    : `/${id.slice(0, slash)}${POSTS_PATH}${id.slice(slash + 1)}/`;
};

/** The posts with a tag, from the site root in the default language: `/posts/tags/edge-ml/`. */
export const postTagPath = (tag: string) => `${POSTS_PATH}tags/${tag}/`;

/** A degree on the CV: `/cv/#pku-phd`. */
export const educationPath = (id: string) => `${CV_PATH}#${id}`;

/** A paper's own page: `/publications/melon-mobisys22/`. */
export const publicationPath = (id: string) => `${PUBLICATIONS_PATH}${id}/`;

/** A paper's BibTeX file: `/publications/melon-mobisys22.bib`. */
export const publicationBibPath = (id: string) => `${PUBLICATIONS_PATH}${id}.bib`;

/** A filtered list of publications: `/publications/selected/`, `/publications/type/journal/`. */
export const publicationViewPath = (view: string) =>
  view ? `${PUBLICATIONS_PATH}${view}/` : PUBLICATIONS_PATH;

/** Publication ids that would collide with the list's own views and year pages (see publicationListPages). */
export const isReservedPublicationId = (id: string) =>
  ['selected', 'first-author', MOST_CITED_VIEW, 'type'].includes(id) || /^\d{4}$/.test(id);

/** One page of the publication list, as the route `/publications/[...view]` writes it. */
export interface PublicationListPage<T extends PublicationEntry & { data: Publication }> {
  /** The path under /publications/: '' for the list itself, `selected`, `type/journal/2021`, … */
  view: string;
  /** The view it belongs to, with how many papers the whole view has. */
  current: { slug: string; labelKey: StringKey; count: number };
  /** This page of the view: all of it, or one year of a long one. */
  page: ViewPage<T>;
  /** True when the view is split into one page per year. */
  paginated: boolean;
  /** Every view, for the links between them. */
  views: { slug: string; labelKey: StringKey; count: number }[];
}

/**
 * Every page of the publication list: each view (all, selected, first author, most cited, each
 * type), split by year past `lists.publicationsPerPage` in the owner file; the most cited view
 * is one ranked page of at most that many. The route's getStaticPaths and the redirect planner
 * both read this, so a redirect can never take one of these addresses.
 */
export function publicationListPages<
  T extends PublicationEntry & { id: string; data: Publication },
>(
  publications: readonly T[],
  ownerName: string,
  perPage: number = siteConfig.lists.publicationsPerPage,
  citations: ReadonlyMap<string, SourceCitation> = new Map(),
): PublicationListPage<T>[] {
  const views = publicationViews(publications, ownerName, citations);
  const summaries = views.map(({ slug, labelKey, entries }) => ({
    slug,
    labelKey,
    count: entries.length,
  }));
  return views.flatMap((view, index) => {
    const pages =
      view.slug === MOST_CITED_VIEW
        ? [{ slug: '', years: [], entries: view.entries.slice(0, perPage) }]
        : paginateByYear(view.entries, perPage);
    return pages.map((page) => ({
      view: [view.slug, page.slug].filter(Boolean).join('/'),
      current: summaries[index]!,
      page,
      paginated: pages.length > 1,
      views: summaries,
    }));
  });
}
