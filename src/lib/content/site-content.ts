import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../../site.config.ts';
import { assignCitationKeys } from '../exports/bibtex.ts';
import type { ShownCitation } from '../citations/counts.ts';
import { siteCitations } from '../citations/site-citations.ts';
import { impossibleDateProblems, type EntryFile, type SiteEntries } from './content-rules.ts';
import { CONTENT_KINDS, KIND_NAMES, type KindName } from './kinds.ts';
import { formatMissingFiles, isStrictLocalFiles } from './local-files.ts';
import { publicEntries, publicFileExists } from './public-files.ts';
import { translationFolder, type Language } from '../i18n/languages.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, pathIn } from '../i18n/page-language.ts';
import { GENERATED_FILES, HOME_PATH, POSTS_PATH } from '../routing/routes.ts';
import { postsIn, publishedPosts } from '../posts/posts.ts';
import type { Redirect } from '../routing/redirects.ts';
import { ownPageAddress, planSite, translatedPages } from './site-plan.ts';
import { syncErrors } from '../../loaders/sync-errors.ts';

/** Every kind's entries (src/lib/content/kinds.ts), each in the order its kind declares: papers by `order`, news and talks newest first, …. */
export type SortedEntries = { [K in KindName]: CollectionEntry<K>[] };

export interface SiteContent extends SortedEntries {
  home: CollectionEntry<'pages'>;
  /** The About page in each language that has one, the default language's included, by code. */
  homes: Map<string, CollectionEntry<'pages'>>;
  /** The languages with pages: the default, then each whose About page is translated. */
  languages: Language[];
  /** The default-language paths that exist in every one of those languages: `/`, `/publications/`, `/cv/`, …. */
  translatedPaths: string[];
  /** The pages of the owner's own besides About (`/research/`, `/zh/research/`), in each language that is on. */
  ownPages: OwnPage[];
  redirects: Redirect[];
  /** BibTeX citation keys by publication id. */
  citationKeys: Map<string, string>;
  /** The citation count each paper shows, by id (src/data/citations.json); empty when there is none or the owner turned them off. */
  citations: Map<string, ShownCitation>;
}

/** A page of the owner's own (src/content/pages/research.mdx) and where it is served. */
export interface OwnPage {
  entry: CollectionEntry<'pages'>;
  /** Its address in the default language, its permalink: `/research/`. */
  path: string;
  /** Its address in its own language: `/zh/research/`. */
  address: string;
}

/** The project folder, as Astro knows it (not the working directory the build was started from). */
const projectRoot = fileURLToPath(root);

/** True when `path` is a file the owner put in public/. */
export const ownFileExists = (path: string) => publicFileExists(projectRoot, path);

/** True when `path` will be in the built site: a file in public/, or one the build makes (the CV PDF, the icon). */
export const isDeployedFile = (path: string) =>
  publicFileExists(projectRoot, path) || GENERATED_FILES.includes(path);

const source = (entry: { filePath?: string | undefined; collection: string; id: string }) =>
  entry.filePath ?? `src/content/${entry.collection}/${entry.id}`;

/** The last missing-files warning printed, so that the dev server does not repeat it on every request. */
let lastReport = '';

/** Every kind's entries as Astro loaded them, in the files' order. */
async function loadEntries(): Promise<SortedEntries> {
  const loaded = await Promise.all(
    KIND_NAMES.map(async (name) => [name, await getCollection(name)] as const),
  );
  return Object.fromEntries(loaded) as SortedEntries;
}

/** A kind's entries in the order the kind declares, or as loaded when it declares none. */
function sortedEntries<K extends KindName>(
  name: K,
  entries: CollectionEntry<K>[],
): CollectionEntry<K>[] {
  const sort = CONTENT_KINDS[name].sort as
    ((entries: readonly CollectionEntry<K>[]) => CollectionEntry<K>[]) | undefined;
  return sort ? sort(entries) : entries;
}

async function loadSiteContent(): Promise<SiteContent> {
  const all = await loadEntries();
  // Drafts are shown by `npm run dev` and never built for deployment: nothing else sees them, their redirects included.
  const loaded = { ...all, posts: publishedPosts(all.posts, import.meta.env.DEV) };
  const pages = loaded.pages;
  const toFile = <T>(entry: {
    id: string;
    filePath?: string | undefined;
    collection: string;
    body?: string | undefined;
    data: T;
  }): EntryFile<T> => ({
    id: entry.id,
    path: source(entry),
    data: entry.data,
    body: entry.body ?? '',
    source: entry.filePath ? readFileSync(entry.filePath, 'utf8') : '',
  });
  const files = Object.fromEntries(
    KIND_NAMES.map((name) => [name, loaded[name].map(toFile)]),
  ) as SiteEntries;
  const plan = planSite(
    projectRoot,
    files,
    siteConfig.author.name,
    LANGUAGES.slice(1).map((language) => language.code),
  );
  const problems = [...impossibleDateProblems(Object.values(files).flat()), ...plan.problems];
  if (problems.length > 0)
    throw new Error(`Content problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);

  if (plan.missingFiles.length > 0) {
    const report = formatMissingFiles(plan.missingFiles);
    if (isStrictLocalFiles(process.env))
      throw new Error(
        `${report}\n(STRICT_LOCAL_FILES is on: add the files to public/ or remove the links.)`,
      );
    if (report !== lastReport) {
      console.warn(
        `\n[local files] warning: ${report}\n  (Set STRICT_LOCAL_FILES=true to make this an error, as the deploy workflow does.)\n`,
      );
    }
    lastReport = report;
  }

  const sorted = Object.fromEntries(
    KIND_NAMES.map((name) => [name, sortedEntries(name, loaded[name])]),
  ) as SortedEntries;
  const homes = new Map(
    pages
      .filter((page) => page.data.permalink === '/')
      .map((page) => [translationFolder(page.id) ?? DEFAULT_LANGUAGE.code, page] as const),
  );
  const languages = LANGUAGES.filter((language) => homes.has(language.code));
  const ownPages = pages
    .filter(
      (page) =>
        page.data.permalink !== HOME_PATH &&
        languages.some(
          (language) => (translationFolder(page.id) ?? DEFAULT_LANGUAGE.code) === language.code,
        ),
    )
    .map((entry) => ({ entry, path: entry.data.permalink, address: ownPageAddress(entry) }));
  // A page of the owner's is one of the translated paths when every language on has it, as the engine's pages are.
  const translatedOwnPages = ownPages
    .filter((page) => translationFolder(page.entry.id) === undefined)
    .filter((page) =>
      languages.every((language) =>
        ownPages.some((other) => other.address === pathIn(page.path, language)),
      ),
    )
    .map((page) => page.path);
  // The list of posts is one of the translated paths when every language on has posts of its own.
  const translatedPostList = languages.every(
    (language) =>
      postsIn(sorted.posts, language.code === DEFAULT_LANGUAGE.code ? undefined : language.code)
        .length > 0,
  )
    ? [POSTS_PATH]
    : [];
  return {
    home: homes.get(DEFAULT_LANGUAGE.code)!,
    homes,
    languages,
    translatedPaths:
      languages.length > 1
        ? [
            ...translatedPages(files, siteConfig.author.name),
            ...translatedOwnPages,
            ...translatedPostList,
          ]
        : [],
    ...sorted,
    ownPages,
    redirects: plan.redirects,
    citationKeys: assignCitationKeys(sorted.publications),
    citations: siteCitations(sorted.publications),
  };
}

let cached: Promise<SiteContent> | undefined;
/** The dev server's last load, and what it was loaded from. */
let devCached: { from: string; content: Promise<SiteContent> } | undefined;

/**
 * What a load depends on besides the code: each entry's content (the loader's digest of its
 * file), the files in public/, and strict mode. Cheap next to a load, which checks every
 * entry against every other.
 */
async function loadedFrom(): Promise<string> {
  const entries = Object.values(await loadEntries()).map((entries) =>
    entries.map((entry) => [
      entry.id,
      (entry as { digest?: string }).digest ?? JSON.stringify([entry.data, entry.body]),
    ]),
  );
  return JSON.stringify([entries, publicEntries(projectRoot), isStrictLocalFiles(process.env)]);
}

/**
 * Every entry, checked across entries and sorted. A build loads it once; the dev server
 * loads it again whenever an entry or public/ has changed, so that edits show up at once.
 */
export async function getSiteContent(): Promise<SiteContent> {
  if (!import.meta.env.DEV) {
    cached ??= loadSiteContent();
    return cached;
  }
  // A file the last content sync refused: the page shows why (Astro's error page) instead of the entries as they were.
  const refused = syncErrors();
  if (refused.length > 0)
    throw new Error(
      `Content problems (fix the file and save: the page reloads):\n${refused.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  const from = await loadedFrom();
  if (devCached?.from !== from) devCached = { from, content: loadSiteContent() };
  return devCached.content;
}
