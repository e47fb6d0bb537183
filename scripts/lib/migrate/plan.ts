/**
 * The whole migration, decided before anything is written: every file to write (checked against
 * its schema and the inert-content gate, read back as Astro will read it) and one report line
 * per item of the old site. Reads the old site; writes nothing.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { activeXmlContent, kindOfPublishedFile } from '#lib/security/active-files.ts';
import { basename, join, posix, sep } from 'node:path';
import { unshowableCharacter, withoutUnshowable } from '#lib/text/control-chars.ts';
import { decodeSitePath, redirectPathProblem, sitePathProblem } from '#lib/routing/site-paths.ts';
import { formatIssues } from '#lib/content/error-map.ts';
import { normalizeName } from '#lib/text/names.ts';
import { CONTENT_KINDS, type KindName } from '#lib/content/kinds.ts';
import { planRedirects } from '#lib/routing/redirects.ts';
import {
  CV_PATH,
  CV_PDF_PATH,
  HOME_PATH,
  NEWS_PATH,
  NOT_FOUND_PATH,
  POSTS_PATH,
  PROJECTS_PATH,
  PUBLICATIONS_PATH,
  postPath,
  projectPath,
  publicationBibPath,
  publicationPath,
  TALKS_PATH,
  postTagPath,
} from '#lib/routing/routes.ts';
import { postAddresses } from '#lib/posts/posts.ts';
import { entryFile, readEntry, type YamlValue } from '../frontmatter.ts';
import { codeInEntry } from '../inert-entry.ts';
import { publicationSlug, slugify, uniqueSlug } from '../slug.ts';
import {
  readListSections,
  typeOfLabel,
  type ListReading,
  type ListSection,
} from './about-lists.ts';
import { splitLanguages } from './language-split.ts';
import {
  jekyllPostAddress,
  postFromJekyll,
  postName,
  projectFromJekyll,
  type MadeEntry,
} from './jekyll-entries.ts';
import {
  ownerFields,
  ownerFile,
  readJekyllConfig,
  readNavigation,
  type JekyllSite,
  type OwnerFields,
} from './jekyll-config.ts';
import { DEFAULT_NAVIGATION } from '#schemas/site.ts';
import type { Post } from '#schemas/post.ts';
import { convertBody, siteLink, tidyBody, unescapeMarkdown } from './kramdown.ts';
import type { ReportLine } from './report.ts';
import { isSampleEntry, SAMPLE_ABOUT_START, SAMPLE_FILES, SAMPLE_PAGE_TEXTS } from './samples.ts';

export interface MigrateOptions {
  /** The old site's folder. */
  source: string;
  keepSamples?: boolean;
  /** The owner file the engine ships, whose venues table is kept. */
  shippedOwnerFile: string;
  /** Bounds on the work a hostile old site can cause (tests set small ones); the defaults are MAX_LISTED_FILES and MAX_COPIED_BYTES. */
  limits?: { listedFiles?: number; copiedBytes?: number };
}

export interface Write {
  /** From the project root, with `/`. */
  path: string;
  content: string | Buffer;
}

export interface Plan {
  lines: ReportLine[];
  writes: Write[];
}

/** Why the folder cannot be migrated at all: not a Jekyll site, no _config.yml, or a _config.yml that is not YAML. */
export class NotMigratable extends Error {}

/** The template's own pages, which the site makes in its own way (or has no use for). */
const TEMPLATE_PAGES: Record<string, string> = {
  '/publications/': 'the site makes its own publication list at /publications/',
  '/talks/': 'the site makes its own talk list at /talks/',
  '/teaching/': 'the site lists teaching on the About page',
  '/cv/': 'the site makes its own CV at /cv/',
  '/cv-json/': 'the site makes its own CV at /cv/',
  '/portfolio/': 'the site makes its own list of projects at /projects/',
  '/year-archive/': 'the site makes its own list of posts at /posts/',
  '/categories/': 'the site makes its own tag pages at /posts/tags/',
  '/tags/': 'the site makes its own tag pages at /posts/tags/',
  '/sitemap/': 'the site writes /sitemap.xml',
  '/talkmap.html': 'the talk map needs scripts; the site has none',
  '/404.html': 'the site makes its own 404 page',
  '/markdown/': "it is the template's Markdown guide",
  '/non-menu-page/': "it is the template's sample page",
  '/terms/': "it is the template's terms page",
  '/archive-layout-with-content/': "it is the template's layout sample",
  '/collection-archive/': "it is the template's layout sample",
  '/page-archive/': "it is the template's layout sample",
};

const withSlash = (path: string) =>
  path.endsWith('/') || /\.[a-z]+$/i.test(path) ? path : `${path}/`;

/** A page or entry larger than this is not one an author wrote by hand; it is left out rather than read. */
export const MAX_TEXT_BYTES = 1024 * 1024;
/** GitHub, and so GitHub Pages, refuses a file larger than this. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Files a browser runs as a page or a script when opened from the site's own address, whatever they hold. */
const ACTIVE_FILE = /\.(?:js|mjs|swf|xml)$/i;

/**
 * True when the file at `path` would run as a page or a script when opened from the site's
 * address: by its name (as the build's check names pages and refused kinds), or, for an SVG or
 * any other XML type (`.atom`, `.rdf`, …), by what the build's own check finds in it (read as
 * XML: namespace prefixes, character references and UTF-16 included), so the migration never
 * copies a file the build then refuses.
 */
const isActiveFile = (path: string) => {
  const kind = kindOfPublishedFile(path);
  if (ACTIVE_FILE.test(path) || kind === 'page' || kind === 'refused') return true;
  return (
    kind === 'xml' &&
    (statSync(path).size > MAX_SVG_BYTES || activeXmlContent(readFileSync(path)).length > 0)
  );
};

/** True when `path` (after every symbolic link is followed) is inside the folder `root`. */
function isInside(root: string, path: string): boolean {
  try {
    const real = realpathSync(path);
    const top = realpathSync(root);
    return real === top || real.startsWith(top.endsWith(sep) ? top : `${top}${sep}`);
  } catch {
    return false;
  }
}

/** A file of the old site that is never read, and why. */
interface LeftFile {
  path: string;
  why: string;
}

/** Most files a folder of the old site may list: past this, listing stops with a line (a site is hundreds). */
export const MAX_LISTED_FILES = 20_000;
/** Most bytes of files/ and images/ copied: GitHub Pages publishes no site larger than 1 GB. */
export const MAX_COPIED_BYTES = 1024 * 1024 * 1024;
/** An SVG larger than this is not read by the check (a figure is kilobytes): it is left out as one that cannot be checked. */
const MAX_SVG_BYTES = 10 * 1024 * 1024;

/**
 * The readable files of a folder of the old site, and the ones that are never read: a link to a
 * file outside it, a link to a folder (never followed: `files/loop -> ..` or `-> /etc` would list
 * the disk), a file with other names on the disk (a hard link, which may be a file outside).
 */
function listFiles(
  site: string,
  folder: string,
  limit = MAX_LISTED_FILES,
): { files: string[]; outside: LeftFile[] } {
  const top = join(site, folder);
  if (!existsSync(top)) return { files: [], outside: [] };
  if (lstatSync(top).isSymbolicLink() || !isInside(site, top))
    return {
      files: [],
      outside: [{ path: folder, why: 'it is a link to a folder, which is never followed' }],
    };
  const files: string[] = [];
  const outside: LeftFile[] = [];
  const walk = (relativeFolder: string) => {
    for (const entry of readdirSync(join(top, relativeFolder), { withFileTypes: true }).sort(
      (a, b) => (a.name < b.name ? -1 : 1),
    )) {
      if (entry.name.startsWith('.')) continue;
      const file = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name;
      const path = join(top, file);
      if (files.length + outside.length >= limit) return;
      if (entry.isSymbolicLink()) {
        const target = statSync(path, { throwIfNoEntry: false });
        if (target?.isDirectory())
          outside.push({
            path: `${folder}/${file}`,
            why: 'it is a link to a folder, which is never followed',
          });
        else if (!target?.isFile() || !isInside(site, path))
          outside.push({
            path: `${folder}/${file}`,
            why: 'it is a link to a file outside the old site, which is never read',
          });
        else files.push(file);
      } else if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) {
        if (lstatSync(path).nlink > 1)
          outside.push({
            path: `${folder}/${file}`,
            why: 'it has other names on the disk (a hard link), which may be a file outside the old site; copy it yourself if it is yours',
          });
        else files.push(file);
      }
    }
  };
  walk('');
  if (files.length + outside.length >= limit)
    outside.push({
      path: `${folder}/`,
      why: `it holds more than ${limit.toLocaleString('en')} files; the ones after the first ${limit.toLocaleString('en')} were not read`,
    });
  return { files: files.sort(), outside };
}

/** A file of the old site read as front matter + body, or the line and reason it could not be. */
function readJekyllFile(
  path: string,
):
  | { data: Record<string, unknown>; body: string; bodyLine: number; removed: LineNoteLike[] }
  | { line: number; why: string } {
  if (statSync(path).size > MAX_TEXT_BYTES)
    return {
      line: 1,
      why: `it is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB, too large to be a page; the file was left out`,
    };
  const raw = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  // Control characters and text-direction overrides show nothing (or show text in another order): each goes, and its line is reported.
  const removed = raw.split('\n').flatMap((line, index) => {
    const character = unshowableCharacter(line);
    return character ? [{ line: index + 1, why: `${character} was removed` }] : [];
  });
  const source = withoutUnshowable(raw);
  try {
    const { data, body } = readEntry(source);
    const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
    return { data: data ?? {}, body, bodyLine, removed };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(message)?.[1] ?? /\((\d+):\d+\)/.exec(message)?.[1];
    return {
      line: line ? Number(line) + 1 : 1,
      why: `the front matter is not valid YAML (${message.split('\n')[0]}); the file was left out`,
    };
  }
}

interface LineNoteLike {
  line: number;
  why: string;
}

/** Where an entry is shown on the new site, which its old addresses lead to (the About page's is /). */
const addressOf = (kind: KindName, id: string): string =>
  CONTENT_KINDS[kind].address?.(id) ?? HOME_PATH;

/**
 * Takes out of each entry's redirectFrom the old addresses the build would refuse (the build
 * checks them against every page and file the site writes: `/files/` is the folder of the copied
 * files, `/feed.xml` the feed), each with a line, so that the migrated project builds.
 */
function leaveOutRefusedRedirects(
  placed: readonly {
    entry: { collection: KindName; where: string; data: { [key: string]: YamlValue } };
    id: string;
  }[],
  publicFiles: readonly string[],
  look: (where: string, why: string) => void,
): void {
  const requests = placed.flatMap(({ entry, id }) =>
    (Array.isArray(entry.data.redirectFrom) ? entry.data.redirectFrom : []).map((from) => ({
      from: String(from),
      to: addressOf(entry.collection, id),
      declaredIn: entry.where,
    })),
  );
  if (requests.length === 0) return;
  const publications = placed.filter(({ entry }) => entry.collection === 'publications');
  const posts = placed.filter(({ entry }) => entry.collection === 'posts');
  const pages = [
    ...[HOME_PATH, ...ENGINE_ADDRESSES, CV_PDF_PATH],
    // The lists of posts and their tags' pages (postPath is in the list below).
    ...postAddresses(
      posts.map(({ entry, id }) => ({ id, data: { tags: [], ...entry.data } as unknown as Post })),
      postTagPath,
      POSTS_PATH,
      postPath,
    ),
    ...publications.flatMap(({ id }) => [publicationPath(id), publicationBibPath(id)]),
    ...placed.flatMap(({ entry, id }) =>
      entry.collection === 'posts'
        ? [postPath(id)]
        : entry.collection === 'projects'
          ? [projectPath(id)]
          : entry.collection === 'pages'
            ? [String(entry.data.permalink)]
            : [],
    ),
  ];
  const folders = new Set(
    publicFiles.flatMap((file) =>
      file
        .split('/')
        .slice(0, -1)
        .map((_, index, parts) => `${parts.slice(0, index + 1).join('/')}/`),
    ),
  );
  const { redirects, problems } = planRedirects(requests, {
    pages,
    publicEntries: [...folders, ...publicFiles],
  });
  const kept = new Set(redirects.map((redirect) => `${redirect.declaredIn}\n${redirect.from}`));
  for (const { entry } of placed) {
    const from = entry.data.redirectFrom;
    if (!Array.isArray(from)) continue;
    const keep = from.filter((path) => kept.has(`${entry.where}\n${String(path)}`));
    for (const path of from.filter((item) => !keep.includes(item))) {
      const prefix = `${entry.where}: redirectFrom "${String(path)}" `;
      const why =
        problems.find((problem) => problem.startsWith(prefix))?.slice(prefix.length) ??
        'the build would refuse it';
      look(
        `${entry.where}:1`,
        `redirect_from: the old address "${String(path)}" ${why.replace(/ Remove it from redirectFrom\.$/, '').replace(/\.$/, '')}; it was left out`,
      );
    }
    if (keep.length > 0) entry.data.redirectFrom = keep;
    else delete entry.data.redirectFrom;
  }
}

/** The old addresses in a `redirect_from` or `permalink`: the ones this site can redirect from, and why each other one cannot. */
function oldAddresses(value: unknown, slash = true): { paths: string[]; refused: string[] } {
  const paths: string[] = [];
  const refused: string[] = [];
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  for (const item of items.filter((entry): entry is string => typeof entry === 'string')) {
    const path = slash ? withSlash(item.trim()) : item.trim();
    const problem = redirectPathProblem(path);
    if (problem === undefined) paths.push(path);
    else
      refused.push(
        `the old address ${JSON.stringify(item.slice(0, 80))} cannot redirect here (${problem}); it was left out`,
      );
  }
  // One line for what is not text at all (a list in a list, a number), however many there are.
  if (items.some((item) => typeof item !== 'string'))
    refused.push('a value that is not a path (a list, a number) was left out');
  return { paths, refused };
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim()
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;
/** A day as YAML gave it: a date, or text; `2025-11-3`, which Jekyll reads, written `2025-11-03`. */
const asDay = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : text(value)?.replace(
        /^(\d{4})-(\d{1,2})-(\d{1,2})\b/,
        (_, year: string, month: string, day: string) =>
          [year, month.padStart(2, '0'), day.padStart(2, '0')].join('-'),
      );

/** What kind of picture the bytes are, by their first bytes, or undefined when they are none the picture pipeline reads. */
function imageKind(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (/^GIF8[79]a/.test(bytes.subarray(0, 6).toString('latin1'))) return 'gif';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'webp';
  if (
    bytes.subarray(4, 8).toString('latin1') === 'ftyp' &&
    /^avi[fs]$/.test(bytes.subarray(8, 12).toString('latin1'))
  )
    return 'avif';
  return undefined;
}

/** The entry's file text, checked: the schema, the inert gate, and the same data read back. */
function entryContent(
  collection: KindName,
  data: { [key: string]: YamlValue },
  body: string,
): { content: string } | { why: string } {
  const checked = CONTENT_KINDS[collection].schema.safeParse(data);
  if (!checked.success)
    return {
      why: `it does not fit the ${collection} schema: ${formatIssues(checked.error.issues).join('; ')}`,
    };
  const content = entryFile(data, body);
  const code = codeInEntry(content, { languageWrappers: collection === 'pages' });
  if (code) return { why: `the file written for it failed the safety check: ${code}` };
  const again = CONTENT_KINDS[collection].schema.safeParse(readEntry(content).data);
  if (!again.success || JSON.stringify(again.data) !== JSON.stringify(checked.data))
    return { why: 'its front matter would not read back the same' };
  return { content };
}

/** Names in a citation string, before its year: `A, B and C (2022). "Title"…` → [A, B, C]. */
function citationAuthors(citation: string): string[] {
  const plain = citation
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const head = plain.split(/\(\s*(?:19|20)\d{2}\s*\)|["“]/)[0] ?? '';
  return head
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+/)
    .map((name) => name.trim().replace(/\.$/, ''))
    .filter((name) => name.length > 1 && name.split(/\s+/).length <= 5);
}

/** An entry of the new site before it has its id and file: what it is, where it came from, its front matter and body. */
interface PlannedEntry {
  collection: KindName;
  what: string;
  where: string;
  data: { [key: string]: YamlValue };
  body: string;
  id: string;
  checks: string[];
  /** The list of the About page it was read from (its index in the page's sections). */
  section?: number;
}

/** What every section of the migration adds to, and the old site it reads. */
interface Migration {
  source: string;
  oldSite: Pick<JekyllSite, 'url' | 'baseurl'>;
  keepSamples: boolean;
  lines: ReportLine[];
  writes: Write[];
  entries: PlannedEntry[];
  /** The addresses of the owner's own pages migrated (other than About), for the menu. */
  ownPages: string[];
  /** _config.yml's permalink, where Jekyll put posts. */
  postPermalink: string | undefined;
  /** Entries written, by the About page's list they were read from. */
  writtenBySection: number[];
  /** The old site's images/ files that pages link: only those are copied. */
  usedImages: Set<string>;
  /** The most files a folder may list, and bytes the copied files may have. */
  limits: { listedFiles: number; copiedBytes: number };
}

const look = (m: Migration, where: string, why: string) =>
  m.lines.push({ kind: 'needs a look', where, why });

const leftOutside = (m: Migration, outside: LeftFile[]) => {
  for (const { path, why } of outside) m.lines.push({ kind: 'left out', what: path, why });
};

const linksIn = (body: string) => [...body.matchAll(/\]\(([^)\s]+)/g)].map((match) => match[1]!);

/** Links to the old site's files/ and images/: files found are kept, the others reported. */
function checkLinks(m: Migration, where: string, targets: string[]): void {
  for (const target of targets) {
    const address = target.split(/[?#]/)[0] ?? '';
    if (!/^\/(files|images)\//.test(address)) {
      // A file the old site served from another folder (assets/images/x.png): the link leads to it only if it is there.
      const elsewhere = /\.[a-z0-9]+$/i.test(address) ? decodeSitePath(address) : undefined;
      const file = elsewhere === undefined ? undefined : join(m.source, elsewhere);
      if (!file || sitePathProblem(address)) continue;
      // A page of the new site has no extension; a picture or a PDF the old site did not hold was a broken link there too.
      if (!existsSync(file)) {
        if (COPIED_FROM_ANYWHERE.test(address))
          look(m, where, `links to ${target}, which is not in the old site`);
        continue;
      }
      // Pictures and PDFs are copied at the same address; not the rest of such folders, which hold the theme's scripts too.
      if (!COPIED_FROM_ANYWHERE.test(address) || /^\/[_.]/.test(address)) {
        look(
          m,
          where,
          `links to ${target}, a file of the old site outside files/ and images/, which was not copied: move it into public/files/ and change the link`,
        );
        continue;
      }
    }
    const problem = sitePathProblem(address);
    const path = decodeSitePath(address);
    if (problem || path === undefined)
      look(
        m,
        where,
        `links to ${target}, which is not a path on this site (${problem ?? 'its escapes are not text'})`,
      );
    else if (!existsSync(join(m.source, path)))
      look(m, where, `links to ${target}, which is not in the old site`);
    else if (!isInside(m.source, join(m.source, path)))
      look(m, where, `links to ${target}, which leads outside the old site; it was not copied`);
    else if (statSync(join(m.source, path)).nlink > 1)
      look(
        m,
        where,
        `links to ${target}, a file with other names on the disk (a hard link); it was not copied`,
      );
    else if (!path.startsWith('/files/')) m.usedImages.add(path.slice(1));
  }
}

/** Files a page may link anywhere in the old site that are copied at their address: pictures and PDFs (active SVGs are refused when copied). */
const COPIED_FROM_ANYWHERE = /\.(?:png|jpe?g|gif|webp|avif|svg|pdf)$/i;

export function planMigration(options: MigrateOptions): Plan {
  const { source } = options;
  const site = readJekyllSite(source);
  const m: Migration = {
    source,
    oldSite: { url: site.url, baseurl: site.baseurl },
    keepSamples: options.keepSamples ?? false,
    lines: [],
    writes: [],
    entries: [],
    postPermalink: site.permalink,
    ownPages: [],
    writtenBySection: [],
    usedImages: new Set(),
    limits: {
      listedFiles: options.limits?.listedFiles ?? MAX_LISTED_FILES,
      copiedBytes: options.limits?.copiedBytes ?? MAX_COPIED_BYTES,
    },
  };
  const fields = migrateOwner(m, site);
  const ownerName = fields.author.name;
  const { listed, bilingual, sections } = migratePages(m, ownerName);
  migrateAboutLists(m, listed);
  migrateCollections(m, ownerName);
  writeEntries(m);
  compareSections(m, sections);
  copyFiles(m);

  const navigation = migrateNavigation(m, bilingual);
  // A bilingual About page became about.mdx and zh/about.mdx: the owner file lists both languages.
  const owner = bilingual
    ? {
        ...fields,
        ...(navigation ? { navigation } : {}),
        languages: [
          { code: 'en', locale: fields.locale, label: 'English' },
          { code: 'zh', locale: 'zh-CN', label: '中文' },
        ],
      }
    : { ...fields, ...(navigation ? { navigation } : {}) };
  m.writes.push({
    path: 'src/site.config.ts',
    content: ownerFile(owner, options.shippedOwnerFile),
  });
  m.lines.unshift({ kind: 'new', what: '_config.yml', path: 'src/site.config.ts', checks: [] });
  // The last guard: nothing is ever written outside the project's own folders.
  for (const write of m.writes) {
    const path = posix.normalize(write.path);
    if (path !== write.path || path.startsWith('/') || !/^(?:src|public)\//.test(path))
      throw new Error(`refusing to write outside the project: ${JSON.stringify(write.path)}`);
  }
  return { lines: m.lines, writes: m.writes };
}

/**
 * _data/navigation.yml: a menu link to a page that came over joins the site's own menu (before
 * CV); a link to one of the template's pages is the site's own already; any other is named.
 */
function migrateNavigation(m: Migration, bilingual: boolean): OwnerFields['navigation'] {
  const file = join(m.source, '_data/navigation.yml');
  if (!existsSync(file) || !isInside(m.source, file) || statSync(file).size > MAX_TEXT_BYTES)
    return undefined;
  const { links, note } = readNavigation(readFileSync(file, 'utf8'));
  if (note) look(m, '_data/navigation.yml', note);
  const own: NonNullable<OwnerFields['navigation']> = [];
  for (const link of links) {
    // The template puts the base path before each link itself: a menu link is a path from the site's root.
    const address = /^\//.test(link.url) ? withSlash(link.url.split(/[?#]/)[0]!) : link.url;
    if (m.ownPages.includes(address))
      own.push({
        label: link.title,
        path: address,
        // Every language with pages needs a label: the English one until the author writes another.
        ...(bilingual ? { labels: { zh: link.title } } : {}),
      });
    else if (address !== HOME_PATH && TEMPLATE_PAGES[address] === undefined)
      look(
        m,
        '_data/navigation.yml',
        `the menu link "${link.title}" (${link.url}) leads to no page of the new site; it was left out of the menu`,
      );
  }
  if (own.length === 0) return undefined;
  return [...DEFAULT_NAVIGATION.slice(0, -1), ...own, ...DEFAULT_NAVIGATION.slice(-1)];
}

/** The old site's _config.yml, read; throws NotMigratable when the folder is no Jekyll site. */
function readJekyllSite(source: string): JekyllSite {
  if (!existsSync(source) || !statSync(source).isDirectory())
    throw new NotMigratable(`${source} is not a folder`);
  const configPath = join(source, '_config.yml');
  if (!existsSync(configPath)) {
    const jekyllish = [
      '_pages',
      '_posts',
      '_layouts',
      '_includes',
      '_publications',
      'Gemfile',
    ].some((name) => existsSync(join(source, name)));
    throw new NotMigratable(
      jekyllish
        ? `${source} has no _config.yml: give the root folder of the Jekyll site (the one holding _config.yml)`
        : `${source} is not a Jekyll site: it has no _config.yml, _pages/ or _posts/`,
    );
  }
  try {
    return readJekyllConfig(readFileSync(configPath, 'utf8'));
  } catch (error) {
    throw new NotMigratable(
      `${configPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The owner file's fields from _config.yml, with the avatar copied when it is a picture. */
function migrateOwner(m: Migration, site: JekyllSite): ReturnType<typeof ownerFields>['fields'] {
  const { source } = m;
  const { fields, notes } = ownerFields(site);
  for (const note of notes) look(m, '_config.yml', note);
  const avatar = fields.author.avatar;
  if (avatar) {
    const found = [join(source, 'images', avatar), join(source, avatar)].find(
      (path) =>
        existsSync(path) &&
        isInside(source, path) &&
        statSync(path).isFile() &&
        statSync(path).nlink === 1,
    );
    const problem =
      found === undefined
        ? undefined
        : statSync(found).size > MAX_FILE_BYTES
          ? 'is too large'
          : imageKind(readFileSync(found))
            ? undefined
            : 'is not a picture (PNG, JPEG, GIF, WebP or AVIF)';
    if (found && problem) {
      delete fields.author.avatar;
      look(
        m,
        '_config.yml',
        `author.avatar: images/${avatar} ${problem}; the card shows your initials`,
      );
    } else if (found) {
      m.writes.push({ path: `src/assets/${avatar}`, content: readFileSync(found) });
      m.lines.push({
        kind: 'new',
        what: `avatar images/${avatar}`,
        path: `src/assets/${avatar}`,
        checks: [],
      });
    } else {
      delete fields.author.avatar;
      look(
        m,
        '_config.yml',
        `author.avatar: images/${avatar} is not there; the card shows your initials`,
      );
    }
  }
  return fields;
}

/**
 * _pages/: the About page becomes about.mdx (a Chinese half after a rule becomes zh/about.mdx);
 * the template's own pages and any other page are reported. Returns the lists found in the
 * About page and whether it was bilingual.
 */
function migratePages(
  m: Migration,
  ownerName: string,
): { listed: ListReading['entries']; bilingual: boolean; sections: ListSection[] } {
  const { source, oldSite } = m;
  let listed: ListReading['entries'] = [];
  let bilingual = false;
  let sections: ListSection[] = [];
  let aboutFile: string | undefined;
  const pages = listFiles(source, '_pages', m.limits.listedFiles);
  leftOutside(m, pages.outside);
  // A site whose home is a layout of its own (minimal-mistakes' list of posts) has its About page at /about/: that page becomes the home.
  const homeless = !pages.files.some((file) => {
    const read = readJekyllFile(join(source, '_pages', file));
    return !('why' in read) && text(read.data.permalink) === '/';
  });
  for (const file of pages.files) {
    const where = `_pages/${file}`;
    const read = readJekyllFile(join(source, '_pages', file));
    if ('why' in read) {
      look(m, `${where}:${read.line}`, read.why);
      continue;
    }
    for (const note of read.removed) look(m, `${where}:${note.line}`, note.why);
    const permalink = text(read.data.permalink);
    if (!permalink) {
      m.lines.push({ kind: 'left out', what: where, why: 'it has no permalink' });
      continue;
    }
    const template = TEMPLATE_PAGES[withSlash(permalink)];
    // The template's page, but with text the author wrote in it (not only its Liquid list): that text is theirs.
    const own =
      template && !SAMPLE_PAGE_TEXTS.some((words) => read.body.includes(words))
        ? ownText(read.body, m.oldSite)
        : '';
    if (template && own && !isEngineAddress(withSlash(permalink))) {
      migrateOwnPage(m, where, read, withSlash(permalink));
      continue;
    }
    if (template && own) {
      look(
        m,
        `${where}:${read.bodyLine}`,
        `${template}, but this page holds text of its own (${own.split('\n').length} lines), which that page does not show; it was not migrated: move it into a page of your own (npm run new -- page) or the About page`,
      );
      continue;
    }
    if (template) {
      m.lines.push({ kind: 'left out', what: where, why: template });
      continue;
    }
    const movedHome = homeless && file === 'about.md' && permalink !== '/';
    if (permalink !== '/' && !movedHome) {
      migrateOwnPage(m, where, read, withSlash(permalink));
      continue;
    }
    if (aboutFile) {
      look(
        m,
        `${where}:1`,
        `${aboutFile} is already the About page (permalink /); this one was not migrated: move its text into it`,
      );
      continue;
    }
    aboutFile = where;
    const converted = convertBody(read.body, oldSite);
    for (const note of converted.notes)
      look(m, `${where}:${read.bodyLine + note.line - 1}`, note.why);
    // English, a rule, then the same in Chinese: the Chinese part is the zh translation; the lists after it are both languages'.
    const split = splitLanguages(converted.text);
    const zh = split ? tidyBody(split.chinese) : undefined;
    for (const section of split?.unattributed ?? [])
      look(
        m,
        `${where}:${read.bodyLine + section.line}`,
        `"${section.heading}" comes after the Chinese text but is not in Chinese, nor a list of publications, experience or teaching: it was kept on the English page; move it to zh/about.mdx if it belongs there`,
      );
    const lists = readListSections(
      split?.english ?? converted.text,
      ownerName,
      read.bodyLine,
      where,
    );
    for (const note of lists.notes) look(m, `${where}:${note.line}`, note.why);
    sections = lists.sections;
    const shared = split?.shared ?? [];
    listed = lists.entries;
    const body = tidyBody(lists.body);
    if (body.startsWith(SAMPLE_ABOUT_START))
      look(
        m,
        `${where}:${read.bodyLine}`,
        "it is still the template's sample text: write your own",
      );
    const oldRedirects = read.data.redirect_from;
    const { paths: redirectFrom, refused } = oldAddresses(
      movedHome
        ? [permalink, ...(Array.isArray(oldRedirects) ? oldRedirects : [oldRedirects ?? []].flat())]
        : oldRedirects,
    );
    for (const why of refused) look(m, `${where}:1`, `redirect_from: ${why}`);
    const page = {
      title: text(read.data.title) ?? 'About',
      permalink: '/',
      profileCard: read.data.author_profile !== false,
      redirectFrom: redirectFrom.filter((path) => path !== '/'),
    };
    checkLinks(m, where, linksIn(body + (zh ?? '')));
    bilingual = zh !== undefined;
    const checks = [
      ...(bilingual
        ? [
            `bilingual page split into about.mdx and zh/about.mdx${shared.length > 0 ? `; shown on both, from the collections: ${shared.join(', ')}` : ''}`,
          ]
        : []),
      ...(movedHome
        ? [
            `the old site had no page at /: this one, at ${withSlash(permalink)}, is the home page now, and its address leads there`,
          ]
        : []),
    ];
    m.entries.push({
      collection: 'pages',
      what: where,
      where,
      data: page,
      body,
      id: 'about',
      checks,
    });
    if (zh !== undefined) {
      // The old addresses lead to the English page; a translation claiming them too would be refused.
      const translation = {
        title: page.title,
        permalink: page.permalink,
        profileCard: page.profileCard,
      };
      m.entries.push({
        collection: 'pages',
        what: `${where} (中文)`,
        where,
        data: translation,
        body: zh,
        id: 'zh/about',
        checks: [],
      });
    }
  }

  return { listed, bilingual, sections };
}

/** Addresses the engine writes itself, or folders it owns: an old page there would be refused by the build. */
const ENGINE_ADDRESSES = [
  PUBLICATIONS_PATH,
  NEWS_PATH,
  TALKS_PATH,
  PROJECTS_PATH,
  POSTS_PATH,
  CV_PATH,
  NOT_FOUND_PATH,
];
const ENGINE_FOLDERS = [
  PUBLICATIONS_PATH,
  POSTS_PATH,
  PROJECTS_PATH,
  '/files/',
  '/previews/',
  '/zh/',
];

/** Lines the template's own pages hold around their lists, which are not the author's. */
const TEMPLATE_PAGE_LINES =
  /You can also find my articles on|See a map of all the places I've given a talk|^Sorry, but the page you were trying to view does not exist|^\s*'None'\s*$|^\s*<\/?(?:div|p|u)\b[^>]*>\s*$/i;

const isEngineAddress = (permalink: string) =>
  ENGINE_ADDRESSES.includes(permalink.toLowerCase()) ||
  ENGINE_FOLDERS.some((folder) => permalink.toLowerCase().startsWith(folder));

/** A Liquid loop with what it repeats: a list the site drew from its collections, not words the author wrote. */
const withoutLoops = (body: string) => {
  let out = '';
  let depth = 0;
  for (const part of body.split(/(\{%-?\s*(?:for|endfor)\b[^%]*-?%\})/)) {
    if (/^\{%-?\s*for\b/.test(part)) depth += 1;
    else if (/^\{%-?\s*endfor\b/.test(part)) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += part;
  }
  return out;
};

/** The text a page shows that its author wrote: without Liquid (the template's lists), comments and headings alone. */
const ownText = (body: string, oldSite: Migration['oldSite']) =>
  tidyBody(
    convertBody(withoutLoops(body), oldSite)
      .text.split('\n')
      .filter((line) => !/^#{1,6}\s/.test(line) && !TEMPLATE_PAGE_LINES.test(line))
      .join('\n'),
  );

/** Another page of the old site with a permalink: a page of the owner's own, at the same address. */
function migrateOwnPage(
  m: Migration,
  where: string,
  read: { data: Record<string, unknown>; body: string; bodyLine: number },
  permalink: string,
): void {
  const problem = sitePathProblem(permalink);
  const taken = isEngineAddress(permalink);
  if (problem || taken || m.ownPages.includes(permalink)) {
    look(
      m,
      `${where}:1`,
      `its permalink "${permalink}" ${problem ? `is not a path on this site (${problem})` : taken ? 'is an address the site writes itself' : 'is another page’s'}; it was not migrated: copy its text into a page of your own (npm run new -- page)`,
    );
    return;
  }
  const converted = convertBody(read.body, m.oldSite);
  for (const note of converted.notes)
    look(m, `${where}:${read.bodyLine + note.line - 1}`, note.why);
  const body = tidyBody(converted.text);
  checkLinks(m, where, linksIn(body));
  const title = text(read.data.title);
  const { paths: redirectFrom, refused } = oldAddresses(read.data.redirect_from);
  for (const why of refused) look(m, `${where}:1`, `redirect_from: ${why}`);
  const name = slugify(basename(where).replace(/\.[a-z]+$/i, ''), 12) || 'page';
  m.ownPages.push(permalink);
  m.entries.push({
    collection: 'pages',
    what: where,
    where,
    data: {
      title: title ? unescapeMarkdown(title) : name,
      permalink,
      ...(read.data.author_profile === true ? { profileCard: true } : {}),
      ...(redirectFrom.length > 0 ? { redirectFrom } : {}),
    },
    body,
    id: name,
    checks: title ? [] : ['it had no title: its file name is its title'],
  });
}

/** The publications, experience and teaching listed in the About page's body. */
function migrateAboutLists(m: Migration, listed: ListReading['entries']): void {
  for (const entry of listed) {
    const where = `${entry.file}:${entry.line}`;
    const links = entry.data.links as Record<string, YamlValue> | undefined;
    checkLinks(
      m,
      where,
      links
        ? Object.values(links).flatMap((value) =>
            Array.isArray(value)
              ? value.map((item) => String((item as { url: string }).url))
              : [String(value)],
          )
        : [],
    );
    const what =
      entry.kind === 'publications'
        ? `publication "${String(entry.data.title)}"`
        : entry.kind === 'experience'
          ? `experience "${String(entry.data.role)} @ ${String(entry.data.organization)}"`
          : `teaching "${String(entry.data.course)}"`;
    m.entries.push({
      collection: entry.kind,
      what,
      where,
      data: entry.data,
      body: '',
      id: '',
      checks: entry.checks,
      ...(entry.section === undefined ? {} : { section: entry.section }),
    });
  }
}

/** _publications/, _talks/ and _teaching/: one entry per file, the template's samples left out. */
function migrateCollections(m: Migration, ownerName: string): void {
  const link = (value: unknown) => {
    const target = text(value);
    return target ? (siteLink(target, m.oldSite) ?? target) : undefined;
  };
  migrateFolder(
    m,
    '_publications',
    (data) => publicationFromJekyll(data, ownerName, link),
    'publications',
  );
  migrateFolder(m, '_talks', (data) => talkFromJekyll(data, link), 'talks');
  migrateFolder(m, '_teaching', teachingFromJekyll, 'teaching');
  migrateFolder(m, '_posts', (data, file, body) => postFromJekyll(data, file, body), 'posts', {
    id: postName,
    // Without a permalink of its own, a post was where _config.yml's permalink put it.
    oldAddress: (data, file) => {
      const made = postFromJekyll(data, file, '');
      return 'why' in made
        ? undefined
        : jekyllPostAddress(m.postPermalink, {
            day: String(made.data.date),
            name: postName(file),
            categories: [data.categories ?? data.category ?? []]
              .flat()
              .filter((name): name is string => typeof name === 'string'),
          });
    },
  });
  // academicpages writes each portfolio item at /portfolio/<file name>/ unless it names another address.
  migrateFolder(m, '_portfolio', projectFromJekyll, 'projects', {
    oldAddress: (_data, file) => `/portfolio/${file.replace(/\.(md|markdown|html)$/i, '')}/`,
  });
}

/** Front matter of a post or portfolio item that the new entry holds (or that only the old theme read). */
const JEKYLL_PLUMBING = new Set([
  'title',
  'date',
  'permalink',
  'redirect_from',
  'tags',
  'categories',
  'category',
  'excerpt',
  'published',
  'collection',
  'layout',
  'author_profile',
  'share',
  'comments',
  'read_time',
  'related',
  'classes',
]);

/** One folder of old entries, each read, checked, its body converted and its old address kept. */
function migrateFolder(
  m: Migration,
  folder: string,
  make: (data: Record<string, unknown>, file: string, body: string) => MadeEntry,
  collection: KindName,
  options: {
    /** The entry's file name from the old one's; the old name without its extension when absent. */
    id?: (file: string) => string;
    /** The old address of an entry whose front matter names none. */
    oldAddress?: (data: Record<string, unknown>, file: string) => string | undefined;
  } = {},
): void {
  const { source, oldSite, keepSamples } = m;
  const { files, outside } = listFiles(source, folder, m.limits.listedFiles);
  leftOutside(m, outside);
  // Jekyll reads Markdown and HTML entries; anything else in the folder is named, not passed over.
  const entries = files.filter((name) => /\.(md|markdown|html)$/i.test(name));
  const others = files.filter((name) => !entries.includes(name));
  if (others.length > 0)
    m.lines.push({
      kind: 'left out',
      what: `${folder}/ (${others.length} other file${others.length === 1 ? '' : 's'}, e.g. ${others[0]})`,
      why: 'they are not entries (Markdown or HTML with front matter); copy what a page needs into public/ yourself',
    });
  for (const file of entries) {
    const where = `${folder}/${file}`;
    const read = readJekyllFile(join(source, folder, file));
    if ('why' in read) {
      look(m, `${where}:${read.line}`, read.why);
      continue;
    }
    for (const note of read.removed) look(m, `${where}:${note.line}`, note.why);
    if (!keepSamples && isSampleEntry(folder, basename(file), read.data.title)) {
      m.lines.push({
        kind: 'left out',
        what: where,
        why: "it is the template's sample (--keep-samples keeps it)",
      });
      continue;
    }
    const converted = convertBody(read.body, oldSite);
    const made = make(read.data, file, tidyBody(converted.text));
    if ('why' in made) {
      look(m, `${where}:1`, made.why);
      continue;
    }
    const { paths, refused } = oldAddresses(
      read.data.permalink ?? options.oldAddress?.(read.data, file),
      false,
    );
    for (const why of refused) look(m, `${where}:1`, `permalink: ${why}`);
    // A post or a portfolio item may name older addresses of its own (jekyll-redirect-from).
    const earlier = options.oldAddress
      ? oldAddresses(read.data.redirect_from)
      : { paths: [], refused: [] };
    for (const why of earlier.refused) look(m, `${where}:1`, `redirect_from: ${why}`);
    const from = [...new Set([...paths, ...earlier.paths])];
    if (from.length > 0) made.data.redirectFrom = from;
    const dropped = Object.keys(read.data).filter((key) => !JEKYLL_PLUMBING.has(key));
    if (options.oldAddress && dropped.length > 0)
      made.checks.push(`not kept from the front matter: ${dropped.join(', ')}`);
    for (const note of converted.notes)
      look(m, `${where}:${read.bodyLine + note.line - 1}`, note.why);
    const body = tidyBody(converted.text);
    checkLinks(m, where, [
      ...linksIn(body),
      ...Object.values((made.data.links as Record<string, string>) ?? {}).filter(
        (value) => typeof value === 'string',
      ),
    ]);
    // A talk shows its abstract, as text; a course shows no text; a paper shows its body, or else its excerpt.
    let shown = body;
    if (collection === 'talks' && body) {
      made.data.abstract = unescapeMarkdown(
        body.replace(/!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, '$1 ($2)'),
      );
      shown = '';
    }
    if (collection === 'teaching') shown = '';
    if (collection === 'publications' && body && made.data.abstract !== undefined) {
      delete made.data.abstract;
      made.checks.push('the excerpt was not kept: the body is the abstract');
    }
    m.entries.push({
      collection,
      what: where,
      where,
      data: made.data,
      body: shown,
      id: options.id?.(file) ?? file.replace(/\.(md|markdown|html)$/i, ''),
      checks: made.checks,
    });
  }
}

/** An academicpages publication: title, date, authors (else only the owner), venue, type, links, excerpt. */
function publicationFromJekyll(
  data: Record<string, unknown>,
  ownerName: string,
  link: (value: unknown) => string | undefined,
): MadeEntry {
  const title = text(data.title);
  if (!title) return { why: 'a publication without a title was left out' };
  const date = asDay(data.date);
  if (!date) return { why: `"${title}" has no date; it was left out` };
  const checks: string[] = [];
  let authors: YamlValue[] = Array.isArray(data.authors)
    ? data.authors.filter((name): name is string => typeof name === 'string')
    : typeof data.authors === 'string'
      ? data.authors.split(/\s*,\s*|\s+and\s+/)
      : citationAuthors(text(data.citation) ?? '');
  if (!authors.some((name) => normalizeName(String(name)) === normalizeName(ownerName))) {
    authors = [ownerName];
    checks.push('authors were not found: only you are listed');
  }
  const venue = text(data.venue) ?? 'Unpublished';
  const category = text(data.category);
  const type =
    category === 'manuscripts'
      ? 'journal'
      : category === 'conferences'
        ? 'conference'
        : category === 'books'
          ? 'chapter'
          : typeOfLabel(venue);
  if (!category) checks.push(`type "${type}" is a guess`);
  const links: Record<string, YamlValue> = {};
  const paper = link(data.paperurl);
  const slides = link(data.slidesurl);
  const bibtex = link(data.bibtexurl);
  if (paper) links.pdf = paper;
  if (slides) links.slides = slides;
  if (bibtex) links.extra = [{ label: 'BibTeX', url: bibtex }];
  const excerpt = text(data.excerpt);
  return {
    data: {
      title: unescapeMarkdown(title),
      authors,
      venue: { short: venue },
      date,
      type,
      ...(Object.keys(links).length > 0 ? { links } : {}),
      ...(excerpt ? { abstract: excerpt.replace(/<[^>]*>/g, '') } : {}),
    },
    checks: [...checks, 'venue.short is the whole venue name: shorten it'],
  };
}

const TALK_KINDS: [RegExp, string][] = [
  [/tutorial/i, 'tutorial'],
  [/keynote/i, 'keynote'],
  [/invited/i, 'invited talk'],
  [/poster/i, 'poster'],
  [/panel/i, 'panel'],
];

/** An academicpages talk: title, date, event, location, kind, slides. */
function talkFromJekyll(
  data: Record<string, unknown>,
  link: (value: unknown) => string | undefined,
): MadeEntry {
  const title = text(data.title);
  const date = asDay(data.date);
  if (!title || !date) return { why: `a talk without a ${title ? 'date' : 'title'} was left out` };
  const kind = TALK_KINDS.find(([pattern]) => pattern.test(text(data.type) ?? ''))?.[1] ?? 'talk';
  const slides = link(data.slidesurl) ?? link(data.talkurl);
  return {
    data: {
      title: unescapeMarkdown(title),
      event: text(data.venue) ?? 'Unknown event',
      location: text(data.location) ?? 'Unknown',
      date: date.slice(0, 10),
      kind,
      ...(slides ? { links: { slides } } : {}),
    },
    checks: [
      ...(text(data.venue) ? [] : ['event is unknown']),
      ...(text(data.location) ? [] : ['location is unknown']),
    ],
  };
}

const SEASONS = [
  'Winter',
  'Spring',
  'Spring',
  'Spring',
  'Spring',
  'Summer',
  'Summer',
  'Summer',
  'Fall',
  'Fall',
  'Fall',
  'Fall',
];

/** An academicpages course: its title and venue, the term guessed from its date. */
function teachingFromJekyll(data: Record<string, unknown>): MadeEntry {
  const title = text(data.title);
  const date = asDay(data.date);
  if (!title || !date)
    return { why: `a course without a ${title ? 'date' : 'title'} was left out` };
  const month = Number(date.slice(5, 7)) || 9;
  return {
    data: {
      role: 'Instructor',
      course: unescapeMarkdown(title),
      institution: text(data.venue) ?? 'Unknown',
      ...(text(data.type) ? { audience: { description: text(data.type)! } } : {}),
      terms: [`${SEASONS[month - 1]} ${date.slice(0, 4)}`],
    },
    checks: [
      'role "Instructor" and the term are guesses from the date; the description was not kept',
    ],
  };
}

/** Every entry: an id, its order, its file, checked. */
function writeEntries(m: Migration): void {
  const taken: Record<string, Set<string>> = {};
  let order = 0;
  const placed: { entry: PlannedEntry; id: string }[] = [];
  for (const entry of m.entries) {
    const ids = (taken[entry.collection] ??= new Set());
    let id = entry.id;
    if (entry.collection === 'publications') {
      const year = Number(String(entry.data.date).slice(0, 4));
      id = uniqueSlug(
        publicationSlug({
          title: String(entry.data.title),
          venueShort: String((entry.data.venue as { short: string }).short),
          year,
          key: entry.id || 'paper',
        }),
        ids,
      );
      order += 1;
      entry.data.order = order;
    } else if (entry.collection === 'experience')
      id = uniqueSlug(
        slugify(`${String(entry.data.organization)} ${String(entry.data.role)}`, 6),
        ids,
      );
    else if (entry.collection === 'teaching' && !entry.id)
      id = uniqueSlug(
        slugify(`${String(entry.data.institution)} ${String(entry.data.course)}`, 6),
        ids,
      );
    // A post named `tags` would stand where the tag pages are.
    else
      id = uniqueSlug(
        slugify(id, 12) || entry.collection,
        entry.collection === 'posts' ? ids.add('tags') : ids,
      );
    // The About page and its translation keep their names; any other page gets one of its own.
    if (entry.collection === 'pages')
      id = ['about', 'zh/about'].includes(entry.id)
        ? entry.id
        : uniqueSlug(entry.id, ids.add('about'));
    ids.add(id);
    placed.push({ entry, id });
  }
  const publicFiles = [
    ...listFiles(m.source, 'files', m.limits.listedFiles).files.map((file) => `files/${file}`),
    ...m.usedImages,
  ];
  leaveOutRefusedRedirects(placed, publicFiles, (where, why) => look(m, where, why));
  for (const { entry, id } of placed) {
    const checked = entryContent(entry.collection, entry.data, entry.body);
    if ('why' in checked) {
      look(m, entry.where, `${entry.what}: ${checked.why}; it was left out`);
      continue;
    }
    const path = `src/content/${entry.collection}/${id}.mdx`;
    m.writes.push({ path, content: checked.content });
    if (entry.section !== undefined)
      m.writtenBySection[entry.section] = (m.writtenBySection[entry.section] ?? 0) + 1;
    m.lines.push({ kind: 'new', what: entry.what, path, checks: entry.checks });
  }
}

/**
 * Nothing vanishes in silence: each list of the old About page showed so many items; the new
 * site shows the entries written from it and the items kept in the page's text. When the two
 * differ, the report says so with the numbers.
 */
function compareSections(m: Migration, sections: readonly ListSection[]): void {
  sections.forEach((section, index) => {
    const entries = m.writtenBySection[index] ?? 0;
    const shown = entries + section.kept;
    if (shown !== section.items)
      look(
        m,
        `${section.file}:${section.line}`,
        `"${section.heading}" showed ${section.items} item${section.items === 1 ? '' : 's'} on the old About page; the new site shows ${shown} (${entries} as entries, ${section.kept} kept in the page): the lines above say why; add the missing ones by hand`,
      );
  });
}

/** files/: everything, as it was, but samples, active files and oversized ones; images/: the ones pages use. */
function copyFiles(m: Migration): void {
  const { source, keepSamples } = m;
  const files = listFiles(source, 'files', m.limits.listedFiles);
  leftOutside(m, files.outside);
  let copied = 0;
  /** False, with a line, when copying `bytes` more would pass the limit. */
  const roomFor = (what: string, bytes: number) => {
    if (copied + bytes <= m.limits.copiedBytes) {
      copied += bytes;
      return true;
    }
    const limit = (m.limits.copiedBytes / 1024 / 1024).toLocaleString('en');
    m.lines.push({
      kind: 'left out',
      what,
      why: `the copied files would pass ${limit} MB, the most GitHub Pages publishes; host it elsewhere and link to it`,
    });
    return false;
  };
  for (const file of files.files) {
    if (!keepSamples && SAMPLE_FILES.includes(`files/${file}`)) {
      m.lines.push({
        kind: 'left out',
        what: `files/${file}`,
        why: "it is the template's sample (--keep-samples keeps it)",
      });
      continue;
    }
    if (
      statSync(join(source, 'files', file)).size <= MAX_FILE_BYTES &&
      isActiveFile(join(source, 'files', file))
    ) {
      m.lines.push({
        kind: 'left out',
        what: `files/${file}`,
        why: "a browser would run it as a page or script of the new site's own address; copy it into public/files/ yourself only if you wrote it",
      });
      continue;
    }
    if (statSync(join(source, 'files', file)).size > MAX_FILE_BYTES) {
      m.lines.push({
        kind: 'left out',
        what: `files/${file}`,
        why: `it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, which GitHub refuses; host it elsewhere and link to it`,
      });
      continue;
    }
    const sitePath = `/files/${file}`;
    const pathProblem = sitePathProblem(encodeURI(sitePath));
    if (pathProblem) {
      m.lines.push({
        kind: 'left out',
        what: `files/${file}`,
        why: `its name cannot be a path on this site (${pathProblem}); rename it`,
      });
      continue;
    }
    if (!roomFor(`files/${file}`, statSync(join(source, 'files', file)).size)) continue;
    m.writes.push({
      path: `public/files/${file}`,
      content: readFileSync(join(source, 'files', file)),
    });
    m.lines.push({ kind: 'new', what: `files/${file}`, path: `public/files/${file}`, checks: [] });
  }
  for (const image of [...m.usedImages].sort()) {
    if (statSync(join(source, image)).size > MAX_FILE_BYTES || isActiveFile(join(source, image))) {
      m.lines.push({
        kind: 'left out',
        what: image,
        why: 'a browser would run it as a page or script, or it is too large; it was not copied',
      });
      continue;
    }
    if (!roomFor(image, statSync(join(source, image)).size)) continue;
    m.writes.push({ path: `public/${image}`, content: readFileSync(join(source, image)) });
    m.lines.push({ kind: 'new', what: image, path: `public/${image}`, checks: [] });
  }
}
