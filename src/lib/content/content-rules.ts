import { unshowableCharacter } from '../text/control-chars.ts';
import { includesOwner, resolveAuthors } from '../publications/authors.ts';
import { frontmatterOf, impossibleDates } from './frontmatter-dates.ts';
import { fileLinksInBody, isFilePath, siteLinksInBody, type LocalFileLink } from './local-files.ts';
import {
  findDuplicateOrders,
  findDuplicatePapers,
  publicationLinks,
} from '../publications/publications.ts';
import { translationFolder } from '../i18n/languages.ts';
import { KIND_NAMES, type KindData, type KindName } from './kinds.ts';
import { isReservedPublicationId, postPath } from '../routing/routes.ts';

/** An entry that passed its schema, with where it came from. */
export interface EntryFile<T> {
  id: string;
  /** The file, as the author knows it: `src/content/publications/melon.mdx`. */
  path: string;
  data: T;
  /** The MDX body. */
  body: string;
  /** The whole file as written, front matter included. */
  source: string;
}

/** Every kind's entries (src/lib/content/kinds.ts), as checked files. */
export type SiteEntries = { [K in KindName]: EntryFile<KindData<K>>[] };

/** No entries of any kind: what `npm run check` fills file by file, and a test's empty site. */
export const noEntries = (): SiteEntries =>
  Object.fromEntries(KIND_NAMES.map((name) => [name, []])) as unknown as SiteEntries;

/**
 * The rules no single schema can check, shared by the build and `npm run check`: each
 * message names the file (and the field) and says what to do.
 */
export function contentProblems(
  entries: SiteEntries,
  ownerName: string,
  translationCodes: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  for (const page of entries.pages) {
    const folder = translationFolder(page.id);
    if (folder === undefined) continue;
    if (!translationCodes.includes(folder) && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(folder)) {
      // A folder named like a section (blog/, posts/) is not a forgotten language.
      problems.push(
        `${page.path}: "${folder}" is not a language code; src/content/pages/ holds your pages (research.mdx at its permalink) and their translations, one folder per language (e.g. zh/research.mdx): move the file up into src/content/pages/ and give it a permalink, or, for a post, into src/content/posts/.`,
      );
    } else if (!translationCodes.includes(folder)) {
      problems.push(
        `${page.path}: the folder "${folder}" is not a language of the site; add { code: '${folder}', … } to languages in src/site.config.ts, or move the file (the default language's pages lie outside any folder).`,
      );
    } else if (
      !entries.pages.some((original) => original.id === page.id.slice(folder.length + 1))
    ) {
      problems.push(
        `${page.path}: a translation of ${page.id.slice(folder.length + 1)}, which src/content/pages/ does not have; a translation has the name of the page it translates.`,
      );
    }
  }
  for (const post of entries.posts) {
    const folder = translationFolder(post.id);
    if (folder !== undefined && !translationCodes.includes(folder)) {
      problems.push(
        `${post.path}: the folder "${folder}" is not a language of the site; add { code: '${folder}', … } to languages in src/site.config.ts, or move the file (the default language's posts lie outside any folder).`,
      );
    }
    // /posts/tags/ holds the tag pages.
    if (post.id.split('/').pop() === 'tags')
      problems.push(
        `${post.path}: the file name "tags" is the folder of the tag pages (/posts/tags/); rename the file.`,
      );
  }
  problems.push(
    ...untranslatedLanguageProblems(entries, translationCodes),
    ...draftLinkProblems(entries),
  );
  if (
    !entries.pages.some(
      (page) => page.data.permalink === '/' && translationFolder(page.id) === undefined,
    )
  ) {
    problems.push(
      'src/content/pages/: no page has permalink "/"; add the About page (about.mdx) with permalink: /.',
    );
  }
  for (const page of entries.pages.filter(
    (page) => page.data.permalink !== '/' && !page.data.permalink.endsWith('/'),
  )) {
    problems.push(
      `${page.path}: permalink "${page.data.permalink}" is not a page's address; end it with "/", e.g. "${page.data.permalink}/".`,
    );
  }
  for (const page of entries.pages) {
    const folder = translationFolder(page.id);
    const original =
      folder === undefined
        ? undefined
        : entries.pages.find((other) => other.id === page.id.slice(folder.length + 1));
    if (original !== undefined && original.data.permalink !== page.data.permalink) {
      problems.push(
        `${page.path}: permalink "${page.data.permalink}" differs from "${original.data.permalink}" in ${original.path}; a translation keeps its page's permalink (it is served under /${folder}/).`,
      );
    }
  }
  for (const item of entries.news) {
    // A news item is its body: an empty one would show an empty entry on /news/ and in /news.xml.
    if (item.body.trim() === '')
      problems.push(`${item.path}: body: a news item needs its text after the closing "---" line.`);
    const unshowable = unshowableCharacter(item.body);
    if (unshowable)
      problems.push(`${item.path}: body: contains ${unshowable} that cannot be shown; remove it.`);
  }
  for (const talk of entries.talks) {
    if (talk.body.trim() !== '')
      problems.push(
        `${talk.path}: body: a talk's text after the closing "---" line is not shown anywhere; move it into abstract:.`,
      );
  }
  for (const publication of entries.publications) {
    if (isReservedPublicationId(publication.id)) {
      problems.push(
        `${publication.path}: the file name "${publication.id}" is reserved for a view or a year page of the publication list; rename the file.`,
      );
    }
    if (!includesOwner(resolveAuthors(publication.data.authors, ownerName))) {
      problems.push(
        `${publication.path}: authors: does not include "${ownerName}"; write the name as in src/site.config.ts or mark yourself with { name: "…", owner: true }.`,
      );
    }
    if (publication.data.abstract !== undefined && publication.body.trim() !== '') {
      problems.push(
        `${publication.path}: abstract: the paper has both an abstract: field and a body; keep one (the field for plain text, the body for Markdown).`,
      );
    }
  }
  for (const { first, second, same } of findDuplicatePapers(
    [...entries.publications].sort((a, b) => (a.path < b.path ? -1 : 1)),
  )) {
    const what = same === 'DOI' ? `doi: ${second.data.doi}` : `title: "${second.data.title}"`;
    problems.push(
      `${second.path}: ${what} is also in ${first.path}; one paper is one file: delete the copy (subfolders sort files, they do not make a second paper).`,
    );
  }
  problems.push(...projectPaperProblems(entries));
  for (const duplicate of findDuplicateOrders(entries.publications)) {
    problems.push(
      `publications ${duplicate.ids.join(', ')}: order ${duplicate.order} is used more than once; give each publication its own position.`,
    );
  }
  return problems;
}

/**
 * Pages and posts in a language's folder while that language is off: its pages (/zh/…) are
 * built only once the About page is translated, so these files would vanish from the site.
 */
function untranslatedLanguageProblems(
  entries: Pick<SiteEntries, 'pages' | 'posts'>,
  translationCodes: readonly string[],
): string[] {
  const on = new Set(
    entries.pages
      .filter((page) => page.data.permalink === '/')
      .map((page) => translationFolder(page.id)),
  );
  return [...entries.pages, ...entries.posts].flatMap((entry) => {
    const folder = translationFolder(entry.id);
    return folder === undefined || !translationCodes.includes(folder) || on.has(folder)
      ? []
      : [
          `${entry.path}: the ${folder} pages are built only once the About page is translated; add src/content/pages/${folder}/about.mdx (permalink: /), or this file is not published.`,
        ];
  });
}

/** The address a body link leads to, without its fragment or query and ending in "/": `/posts/idea#method` → `/posts/idea/`. */
const linkedPage = (href: string): string => {
  const path = href.split(/[?#]/)[0] ?? '';
  return path.endsWith('/') ? path : `${path}/`;
};

/** Links in a published entry's body to a draft post, which the deployed site leaves out: a broken link once deployed. */
function draftLinkProblems(entries: SiteEntries): string[] {
  const drafts = new Map(
    entries.posts.filter((post) => post.data.draft).map((post) => [postPath(post.id), post.path]),
  );
  if (drafts.size === 0) return [];
  return KIND_NAMES.flatMap((name): EntryFile<unknown>[] => entries[name])
    .filter((entry) => (entry.data as { draft?: boolean }).draft !== true)
    .flatMap((entry) =>
      siteLinksInBody(entry.body).flatMap((href) => {
        const draft = drafts.get(linkedPage(href));
        return draft === undefined
          ? []
          : [
              `${entry.path}: body: the link "${href}" leads to ${draft}, a draft the deployed site leaves out; publish it (draft: false) or remove the link.`,
            ];
      }),
    );
}

/** Each paper a project names that src/content/publications/ does not have, with the file and the field's position. */
export function projectPaperProblems(
  entries: Pick<SiteEntries, 'publications' | 'projects'>,
): string[] {
  const papers = new Set(entries.publications.map((publication) => publication.id));
  return entries.projects.flatMap((project) =>
    project.data.publications.flatMap((id, index) =>
      papers.has(id)
        ? []
        : [
            `${project.path}: publications[${index}]: "${id}" is not a paper of src/content/publications/; write a paper's file name without .mdx (e.g. "melon-mobisys22" for melon-mobisys22.mdx).`,
          ],
    ),
  );
}

/** Days no calendar has, in any file's front matter, whether or not its schema passed (YAML rolls them over to real days). */
export function impossibleDateProblems(
  files: readonly Pick<EntryFile<unknown>, 'path' | 'source'>[],
): string[] {
  return files.flatMap((file) =>
    impossibleDates(frontmatterOf(file.source)).map(
      ({ field, value }) =>
        `${file.path}: ${field}: ${value} is not a real calendar date; write it as YYYY-MM-DD with a month from 01 to 12 and a day that month has.`,
    ),
  );
}

/** Every link to a file of this site, in bodies and in publication and talk links, with the file and field that wrote it. */
export function linkedSiteFiles(entries: SiteEntries): LocalFileLink[] {
  const all = KIND_NAMES.flatMap((name): EntryFile<unknown>[] => entries[name]);
  return [
    ...all.flatMap((entry) =>
      fileLinksInBody(entry.body).map((path) => ({ path, declaredIn: entry.path, field: 'body' })),
    ),
    ...entries.publications.flatMap((publication) =>
      publicationLinks(publication.data.links)
        .filter((link) => isFilePath(link.href))
        .map((link) => ({
          path: link.href,
          declaredIn: publication.path,
          field: `links.${link.kind}`,
        })),
    ),
    ...entries.talks.flatMap((talk) =>
      (['slides', 'video'] as const).flatMap((kind) => {
        const href = talk.data.links[kind];
        return href !== undefined && isFilePath(href)
          ? [{ path: href, declaredIn: talk.path, field: `links.${kind}` }]
          : [];
      }),
    ),
  ];
}
