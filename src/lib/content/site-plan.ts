import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
import {
  contentProblems,
  linkedSiteFiles,
  type EntryFile,
  type SiteEntries,
} from './content-rules.ts';
import { findMissingFiles, type MissingFile } from './local-files.ts';
import { sortPublications } from '../publications/publications.ts';
import { publicEntries, publicFileExists } from './public-files.ts';
import {
  canonicalPath,
  planRedirects,
  type Redirect,
  type RedirectRequest,
} from '../routing/redirects.ts';
import {
  BIBLIOGRAPHY_PATH,
  CSL_PATH,
  CV_PATH,
  FEED_PATH,
  GENERATED_FILES,
  NEWS_FEED_PATH,
  NEWS_PATH,
  TALKS_PATH,
  SEARCH_PATH,
  PROJECTS_PATH,
  SEARCH_BUNDLE_FOLDER,
  projectPath,
  previewImagePath,
  HOME_PATH,
  NOT_FOUND_PATH,
  PUBLICATIONS_PATH,
  publicationBibPath,
  publicationListPages,
  publicationPath,
  publicationViewPath,
  POSTS_FEED_PATH,
  POSTS_PATH,
  postPath,
  postTagPath,
} from '../routing/routes.ts';
import { postAddresses } from '../posts/posts.ts';
import { translationFolder } from '../i18n/languages.ts';
import { CONTENT_KINDS, KIND_NAMES } from './kinds.ts';
import { decodeSitePath, sitePathProblem } from '../routing/site-paths.ts';

/** What the build will write, and everything that stops it. */
export interface SitePlan {
  /** Every problem that must stop the build, each naming the file and, where there is one, the field. */
  problems: string[];
  /** The redirects to write: complete only when there are no problems. */
  redirects: Redirect[];
  /** Linked files missing from public/: a warning, or (in strict mode, the caller's choice) an error. */
  missingFiles: MissingFile[];
}

/** Every address the site writes a page or a file at, redirects aside: `/`, `/publications/selected/`, `/publications/melon.bib`. */
export function sitePages(entries: SiteEntries, ownerName: string): string[] {
  const pages = defaultLanguagePages(entries, ownerName);
  // A translated About page turns its language on: its pages are those of the list below that it translates.
  const translated = entries.pages.flatMap((page) => {
    const folder = translationFolder(page.id);
    return folder !== undefined && page.data.permalink === HOME_PATH ? [folder] : [];
  });
  // A translated page of the owner's is written once its language is on.
  const ownTranslations = entries.pages
    .filter(
      (page) =>
        page.data.permalink !== HOME_PATH && translated.includes(translationFolder(page.id) ?? ''),
    )
    .map(ownPageAddress);
  return [
    ...pages,
    ...translated.flatMap((code) =>
      translatedPages(entries, ownerName).map((path) => `/${code}${path}`),
    ),
    ...ownTranslations,
    ...postAddresses(entries.posts, postTagPath, POSTS_PATH, postPath),
  ];
}

/**
 * The pages a language other than the default gets once its About page is translated: the
 * About page, the publication lists, the CV, news, talks and projects; never a paper's or a project's own page, which
 * Scholar must find once.
 */
export function translatedPages(
  entries: Pick<SiteEntries, 'publications' | 'news' | 'talks' | 'projects'>,
  ownerName: string,
): string[] {
  const publications = sortPublications(entries.publications);
  return [
    HOME_PATH,
    ...publicationListPages(publications, ownerName).map((page) => publicationViewPath(page.view)),
    CV_PATH,
    ...(entries.news.length > 0 ? [NEWS_PATH] : []),
    ...(entries.talks.length > 0 ? [TALKS_PATH] : []),
    ...(entries.projects.length > 0 ? [PROJECTS_PATH] : []),
    SEARCH_PATH,
  ];
}

function defaultLanguagePages(entries: SiteEntries, ownerName: string): string[] {
  const publications = sortPublications(entries.publications);
  return [
    HOME_PATH,
    PUBLICATIONS_PATH,
    NOT_FOUND_PATH,
    FEED_PATH,
    BIBLIOGRAPHY_PATH,
    CSL_PATH,
    CV_PATH,
    // Taken even while there is no news or talk to show, so that a redirect never claims an address the site grows into.
    NEWS_PATH,
    NEWS_FEED_PATH,
    TALKS_PATH,
    PROJECTS_PATH,
    POSTS_PATH,
    POSTS_FEED_PATH,
    SEARCH_PATH,
    ...GENERATED_FILES,
    ...entries.pages
      .filter((page) => translationFolder(page.id) === undefined)
      .map((page) => page.data.permalink),
    ...publications.flatMap((publication) => [
      publicationPath(publication.id),
      publicationBibPath(publication.id),
      previewImagePath('publications', publication.id),
    ]),
    ...entries.projects.flatMap((project) => [
      projectPath(project.id),
      previewImagePath('projects', project.id),
    ]),
    ...entries.posts.map((post) => previewImagePath('posts', post.id)),
    ...publicationListPages(publications, ownerName).map((page) => publicationViewPath(page.view)),
  ];
}

/** Where a page of the owner's own is served: its permalink, under its language's folder for a translation (`zh/research` → `/zh/research/`). */
export function ownPageAddress(page: { id: string; data: { permalink: string } }): string {
  const folder = translationFolder(page.id);
  return folder === undefined ? page.data.permalink : `/${folder}${page.data.permalink}`;
}

/** One address however it is written: a static host on a case-insensitive file system serves `/Research/` for `/research/`. */
const fold = (path: string) => canonicalPath(path).normalize('NFC').toLowerCase();

/** Folders whose addresses the engine gives out itself, now or as the site grows: no page of the owner's may lie inside. */
// /previews/ holds the link-preview pictures, /pagefind/ the search index, /_astro/ the pictures and styles Astro writes.
const ENGINE_FOLDERS = [
  PUBLICATIONS_PATH,
  POSTS_PATH,
  PROJECTS_PATH,
  '/previews/',
  `/${SEARCH_BUNDLE_FOLDER}/`,
  '/files/',
  '/_astro/',
];

/**
 * Every page of the owner's whose address the engine writes itself, that another page has, or
 * that lies in a folder the engine or a language owns: each message names both files.
 */
export function pageAddressProblems(
  entries: SiteEntries,
  ownerName: string,
  translationCodes: readonly string[] = [],
): string[] {
  const withoutPages = {
    ...entries,
    pages: entries.pages.filter((page) => page.data.permalink === HOME_PATH),
  };
  const engine = new Set(
    [
      ...defaultLanguagePages(withoutPages, ownerName),
      ...translationCodes.flatMap((code) =>
        translatedPages(entries, ownerName).map((path) => `/${code}${path}`),
      ),
    ].map(fold),
  );
  const problems: string[] = [];
  const seen = new Map<string, SiteEntries['pages'][number]>();
  for (const page of entries.pages) {
    const address = ownPageAddress(page);
    const other = seen.get(fold(address));
    if (other !== undefined) {
      problems.push(
        `${page.path}: permalink "${page.data.permalink}": ${other.path} is at ${ownPageAddress(other)} already; give each page its own permalink.`,
      );
      continue;
    }
    seen.set(fold(address), page);
    for (const request of redirectRequests(entries).filter(
      (request) => fold(request.from) === fold(address),
    )) {
      problems.push(
        `${request.declaredIn}: redirectFrom: "${request.from}" is the address of ${page.path} (${address}); a redirect there would hide it. Remove it from redirectFrom.`,
      );
    }
    if (page.data.permalink === HOME_PATH) continue;
    const folder = [...ENGINE_FOLDERS, ...translationCodes.map((code) => `/${code}/`)].find(
      (prefix) => fold(page.data.permalink).startsWith(prefix),
    );
    // "/posts.xml/" would be a folder beside the engine's file posts.xml: one of them cannot be written.
    if (engine.has(fold(address)) || engine.has(fold(address.replace(/\/$/, '')))) {
      problems.push(
        `${page.path}: permalink "${page.data.permalink}" is an address the engine writes itself (src/pages/); choose another.`,
      );
    } else if (folder !== undefined) {
      problems.push(
        `${page.path}: permalink "${page.data.permalink}" lies in ${folder}, a folder the engine or a language of the site owns; choose another.`,
      );
    }
  }
  return problems;
}

/** Every old address declared in `redirectFrom`, with the page it leads to and the file that declared it. */
export function redirectRequests(entries: SiteEntries): RedirectRequest[] {
  return [
    ...entries.pages.flatMap((page) => {
      const to = ownPageAddress(page);
      return page.data.redirectFrom.map((from) => ({ from, to, declaredIn: page.path }));
    }),
    // Every other kind's entries lead to where the kind shows them (its `address`).
    ...KIND_NAMES.flatMap((name) => {
      const { address } = CONTENT_KINDS[name];
      if (address === undefined) return [];
      return (entries[name] as EntryFile<{ redirectFrom?: string[] }>[]).flatMap((entry) =>
        (entry.data.redirectFrom ?? []).map((from) => ({
          from,
          to: address(entry.id),
          declaredIn: entry.path,
        })),
      );
    }),
  ];
}

/** The pictures astro:assets turns into AVIF and WebP; it would stop at an SVG naming neither the file nor the field. */
const RESIZABLE_PICTURE = /\.(png|jpe?g|webp|avif|gif|tiff?)$/i;

/**
 * Each project's or post's picture that is not beside its file, lies outside its folder, or is
 * no picture astro:assets can resize. The build's astro:assets refuses some of these too, in its
 * own words; these are the ones `npm run check` and the build's first step give, naming the file and the field.
 */
export function missingImageProblems(
  root: string,
  entries: readonly { path: string; data: object }[],
): string[] {
  return entries.flatMap((entry) => {
    // In the build the picture has already become astro:assets' metadata, checked by Astro.
    const { image } = entry.data as { image?: unknown };
    if (typeof image !== 'string') return [];
    const folder = dirname(entry.path);
    // A picture elsewhere in the project (or the machine) is not the entry's to publish.
    const inside = relative(folder, normalize(join(folder, image)));
    if (isAbsolute(image) || inside === '' || inside.startsWith('..'))
      return [
        `${entry.path}: image: "${image}" lies outside ${folder}/; keep the picture beside the file (e.g. ./picture.png) or in a folder beside it.`,
      ];
    if (!RESIZABLE_PICTURE.test(image))
      return [
        `${entry.path}: image: "${image}" is not a picture the build can resize; save it as PNG, JPEG, WebP or AVIF (an SVG may carry scripts, and is not turned into AVIF and WebP).`,
      ];
    if (existsSync(join(root, folder, image))) return [];
    return [
      `${entry.path}: image: "${image}" is not a file beside it; put the picture in ${dirname(entry.path)}/ or correct the path (e.g. ./picture.png).`,
    ];
  });
}

/**
 * Checks the whole site as the build and `npm run check` both do: the rules across entries,
 * every redirect against the pages, the machine-read files, public/ and each other, and the
 * linked files against public/ under `root`, the project folder.
 */
export function planSite(
  root: string,
  entries: SiteEntries,
  ownerName: string,
  translationCodes: readonly string[] = [],
): SitePlan {
  const links = linkedSiteFiles(entries);
  // Links in an MDX body pass no schema: one that cannot be decoded names no file.
  const unreadable = links.filter((link) => decodeSitePath(link.path) === undefined);
  // A redirect onto a page of the owner's is reported by pageAddressProblems, naming both files.
  const ownAddresses = new Set(entries.pages.map((page) => fold(ownPageAddress(page))));
  const requests = redirectRequests(entries).filter(
    (request) => !ownAddresses.has(fold(request.from)),
  );
  const { redirects, problems: redirectProblems } = planRedirects(requests, {
    pages: sitePages(entries, ownerName),
    publicEntries: publicEntries(root),
  });
  return {
    problems: [
      ...contentProblems(entries, ownerName, translationCodes),
      ...pageAddressProblems(entries, ownerName, translationCodes),
      ...unreadable.map(
        (link) =>
          `${link.declaredIn}: ${link.field}: the link "${link.path}": ${sitePathProblem(link.path)}`,
      ),
      ...redirectProblems,
      ...missingImageProblems(root, [...entries.projects, ...entries.posts]),
    ],
    redirects,
    missingFiles: findMissingFiles(
      links.filter((link) => !unreadable.includes(link)),
      (path) => publicFileExists(root, path) || GENERATED_FILES.includes(path),
    ),
  };
}
