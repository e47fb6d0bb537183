/**
 * The old site's _config.yml, read as data (the `yaml` package the project already uses for
 * front matter checks), into the fields of the owner file; and the owner file written from them,
 * every value a JSON string literal so that nothing in _config.yml can become TypeScript.
 */
import { parseDocument } from 'yaml';
import { siteSchema, type SiteInput } from '../../../src/schemas/site.ts';
import { formatIssues } from '#lib/content/error-map.ts';

/** What the migrator takes from _config.yml. */
export interface JekyllSite {
  title?: string;
  description?: string;
  url: string;
  baseurl: string;
  locale?: string;
  /** Where Jekyll put posts, e.g. `/:categories/:title/` (academicpages) or `date` (Jekyll's default). */
  permalink?: string;
  author: Record<string, unknown>;
}

/** Reads _config.yml; a YAML error is thrown with its line. */
export function readJekyllConfig(text: string): JekyllSite {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const error = document.errors[0];
  if (error)
    throw new Error(
      `line ${text.slice(0, error.pos[0]).split('\n').length}: ${error.message.split('\n')[0]}`,
    );
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('it is not a YAML mapping of settings');
  const record = data as Record<string, unknown>;
  const asText = (value: unknown) =>
    typeof value === 'string' && value.trim()
      ? value.trim()
      : typeof value === 'number'
        ? String(value)
        : undefined;
  const author = record.author;
  return {
    title: asText(record.title),
    description: asText(record.description),
    url: asText(record.url) ?? '',
    baseurl: (asText(record.baseurl) ?? '').replace(/\/+$/, ''),
    locale: asText(record.locale),
    permalink: asText(record.permalink),
    author:
      typeof author === 'object' && author !== null && !Array.isArray(author)
        ? (author as Record<string, unknown>)
        : {},
  };
}

/** academicpages' profile keys whose value is a user name, and the address it stands for. */
const USER_PAGES: Record<string, [label: string, address: (name: string) => string]> = {
  bitbucket: ['Bitbucket', (name) => `https://bitbucket.org/${name}`],
  codepen: ['CodePen', (name) => `https://codepen.io/${name}`],
  dribbble: ['Dribbble', (name) => `https://dribbble.com/${name}`],
  kaggle: ['Kaggle', (name) => `https://www.kaggle.com/${name}`],
  stackoverflow: ['Stack Overflow', (name) => `https://stackoverflow.com/users/${name}`],
  artstation: ['ArtStation', (name) => `https://www.artstation.com/${name}`],
  facebook: ['Facebook', (name) => `https://www.facebook.com/${name}`],
  flickr: ['Flickr', (name) => `https://www.flickr.com/photos/${name}`],
  foursquare: ['Foursquare', (name) => `https://foursquare.com/${name}`],
  goodreads: ['Goodreads', (name) => `https://www.goodreads.com/${name}`],
  keybase: ['Keybase', (name) => `https://keybase.io/${name}`],
  instagram: ['Instagram', (name) => `https://instagram.com/${name}`],
  lastfm: ['Last.fm', (name) => `https://last.fm/user/${name}`],
  pinterest: ['Pinterest', (name) => `https://www.pinterest.com/${name}`],
  soundcloud: ['SoundCloud', (name) => `https://soundcloud.com/${name}`],
  steam: ['Steam', (name) => `https://steamcommunity.com/id/${name}`],
  tumblr: ['Tumblr', (name) => `https://${name}.tumblr.com`],
  weibo: ['Weibo', (name) => `https://www.weibo.com/${name}`],
  wikipedia: ['Wikipedia', (name) => `https://en.wikipedia.org/wiki/User:${name}`],
  xing: ['XING', (name) => `https://www.xing.com/profile/${name}`],
  youtube: ['YouTube', (name) => `https://youtube.com/@${name.replace(/^@/, '')}`],
  zhihu: ['Zhihu', (name) => `https://www.zhihu.com/people/${name}`],
};
/** academicpages' profile keys whose value is an address, shown under their own label. */
const URL_PROFILES: Record<string, string> = {
  academia: 'Academia.edu',
  'inspire-hep': 'INSPIRE-HEP',
  impactstory: 'Impactstory',
  medium: 'Medium',
  telegram: 'Telegram',
};
/** Keys that are not links, or that the owner file has under another name. */
const NOT_LINKS = new Set([
  'avatar',
  'name',
  'pronouns',
  'bio',
  'location',
  'employer',
  'email',
  'uri',
  'github',
  'google_plus',
  'vine',
]);

/** A profile link's handle from what academicpages took: a user name or the whole address. */
const lastSegment = (value: string, pattern: RegExp) =>
  pattern.exec(value)?.[1] ?? value.replace(/^@/, '');

/** The author block of the owner file, and a note for each profile value that could not be kept. */
export function ownerAuthor(author: Record<string, unknown>): {
  author: Record<string, unknown>;
  notes: string[];
} {
  const notes: string[] = [];
  const text = (key: string) => {
    const value = author[key];
    return typeof value === 'string' && value.trim()
      ? value.trim()
      : typeof value === 'number'
        ? String(value)
        : undefined;
  };
  const result: Record<string, unknown> = {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) result[key] = value;
  };
  set('name', text('name'));
  set('bio', text('bio'));
  set('affiliation', text('employer'));
  set('location', text('location'));
  set('email', text('email')?.replace(/^mailto:/, ''));
  set('github', text('github') && lastSegment(text('github')!, /github\.com\/([^/?#]+)/));
  set('website', text('uri'));
  const scholar = text('googlescholar');
  set('googleScholar', scholar && lastSegment(scholar, /[?&]user=([\w-]+)/));
  const orcid = text('orcid');
  set('orcid', orcid && lastSegment(orcid, /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/));
  const researchgate = text('researchgate');
  set(
    'researchgate',
    researchgate && lastSegment(researchgate, /researchgate\.net\/profile\/([^/?#]+)/),
  );
  const linkedin = text('linkedin');
  set('linkedin', linkedin && lastSegment(linkedin, /linkedin\.com\/in\/([^/?#]+)/));
  const twitter = text('twitter');
  set('twitter', twitter && lastSegment(twitter, /(?:twitter|x)\.com\/([^/?#]+)/));
  const bluesky = text('bluesky');
  set('bluesky', bluesky && lastSegment(bluesky, /bsky\.app\/profile\/([^/?#]+)/));
  const mastodon = text('mastodon');
  const mastodonUrl = mastodon ? /^https?:\/\/([^/]+)\/@([^/?#]+)/.exec(mastodon) : null;
  set('mastodon', mastodonUrl ? `@${mastodonUrl[2]}@${mastodonUrl[1]}` : mastodon);
  set('semanticScholar', text('semantic'));
  set('arxiv', text('arxiv'));
  set('pubmed', text('pubmed'));
  set('scopus', text('scopus'));
  const avatar = text('avatar');
  if (avatar) result.avatar = avatar.split('/').pop();

  const other: { label: string; url: string }[] = [];
  for (const key of Object.keys(author)) {
    const value = text(key);
    if (
      value === undefined ||
      NOT_LINKS.has(key) ||
      key in result ||
      ['googlescholar', 'uri', 'semantic', 'employer'].includes(key)
    )
      continue;
    const userPage = USER_PAGES[key];
    if (userPage)
      other.push({
        label: userPage[0],
        url: /^https?:\/\//.test(value) ? value : userPage[1](value),
      });
    else if (URL_PROFILES[key]) other.push({ label: URL_PROFILES[key], url: value });
    else if (
      ![
        'orcid',
        'researchgate',
        'linkedin',
        'twitter',
        'bluesky',
        'mastodon',
        'arxiv',
        'pubmed',
        'scopus',
      ].includes(key)
    )
      notes.push(`author.${key} ("${value}") is not a profile link this site knows`);
  }
  if (other.length > 0) result.otherProfiles = other;
  return { author: result, notes };
}

/** The parts of the owner file that come from the old site; the rest keep their defaults. */
export type OwnerFields = Pick<
  SiteInput,
  'title' | 'url' | 'base' | 'locale' | 'description' | 'author' | 'navigation'
> & {
  languages?: { code: string; locale: string; label: string }[];
};

/**
 * The owner file's fields from _config.yml, each checked against the owner schema: a value the
 * schema refuses is left out (or, where the site needs one, replaced) and noted, so that the
 * file written always loads.
 */
export function ownerFields(site: JekyllSite): { fields: OwnerFields; notes: string[] } {
  const { author, notes } = ownerAuthor(site.author);
  const address = /^(https?:\/\/[^/]+)(\/.*)?$/.exec(site.url.trim());
  const base =
    `/${[address?.[2] ?? '', site.baseurl].join('/').split('/').filter(Boolean).join('/')}/`.replace(
      /^\/\/$/,
      '/',
    );
  const name = typeof author.name === 'string' ? author.name : (site.title ?? 'Your Name');
  const fields: Record<string, unknown> = {
    title: site.title ?? name,
    url: address?.[1] ?? 'https://example.org',
    base,
    locale: (site.locale ?? 'en-US').replace('_', '-'),
    description: site.description ?? `${name}'s academic homepage`,
    author: { name, bio: 'Researcher', affiliation: '(your affiliation)', ...author },
  };
  if (!address)
    notes.push(
      `url ("${site.url}") is not a web address: https://example.org was written; put the site's address in url`,
    );
  if (!author.affiliation)
    notes.push('author.employer is empty: write your affiliation in author.affiliation');
  if (!author.bio) notes.push('author.bio is empty: write a short line in author.bio');
  // Whatever the schema refuses goes, with the schema's reason; what the site needs gets a placeholder.
  const fallback: Record<string, unknown> = {
    title: name,
    url: 'https://example.org',
    base: '/',
    locale: 'en-US',
    description: `${name}'s academic homepage`,
  };
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const parsed = siteSchema.safeParse(fields);
    if (parsed.success) break;
    const issue = parsed.error.issues[0]!;
    const [top, field] = issue.path as string[];
    const message = formatIssues([issue])[0] ?? issue.message;
    if (top === 'author' && field && !['name', 'bio', 'affiliation'].includes(field)) {
      delete (fields.author as Record<string, unknown>)[field];
      notes.push(`left out ${message}`);
    } else if (top === 'author' && field) {
      (fields.author as Record<string, unknown>)[field] =
        field === 'name' ? 'Your Name' : field === 'bio' ? 'Researcher' : '(your affiliation)';
      notes.push(`replaced ${message}`);
    } else if (top && top in fallback) {
      fields[top] = fallback[top];
      notes.push(`replaced ${message}`);
    } else throw new Error(`the owner file would not load: ${message}`);
  }
  return { fields: fields as OwnerFields, notes };
}

/** A value as TypeScript source: strings as JSON string literals (every quote, backslash and line break escaped). */
function source(value: unknown, indent: string): string {
  if (typeof value === 'string')
    return JSON.stringify(value)
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object'))
      return `[${value.map((item) => source(item, indent)).join(', ')}]`;
    return `[\n${value.map((item) => `${indent}  ${source(item, `${indent}  `)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.every(([, item]) => typeof item !== 'object'))
      return `{ ${entries.map(([key, item]) => `${key}: ${source(item, indent)}`).join(', ')} }`;
    return `{\n${entries.map(([key, item]) => `${indent}  ${key}: ${source(item, `${indent}  `)},`).join('\n')}\n${indent}}`;
  }
  throw new Error(`cannot write ${typeof value} into the owner file`);
}

/** The venues table (with its comment) of the owner file the engine ships, kept as it is. */
export function venuesBlock(ownerFile: string): string {
  return (
    /\n((?: {2}\/\*[\s\S]*?\*\/\n)? {2}venues: \[\n[\s\S]*?\n {2}\],\n)/.exec(ownerFile)?.[1] ?? ''
  );
}

/** The whole owner file: the fields, the engine's default menu, lists and paper size, and the engine's venues table. */
export function ownerFile(fields: OwnerFields, shippedOwnerFile: string): string {
  const lines = Object.entries({ ...fields }).map(
    ([key, value]) => `  ${key}: ${source(value, '  ')},`,
  );
  return `import { formatIssues } from '#lib/content/error-map.ts';
import { siteSchema, type SiteInput } from '#schemas/site.ts';

/**
 * The owner file: everything about you and this site. Each field is described in
 * src/schemas/site.ts; fields left out take their defaults. Validated on load: a typo here stops
 * the build with the field's name. Written by \`npm run migrate\` from the old site's _config.yml.
 */
const site: SiteInput = {
${lines.join('\n')}
  paperSize: 'A4',
${venuesBlock(shippedOwnerFile)}};

const parsed = siteSchema.safeParse(site);
if (!parsed.success) {
  const problems = formatIssues(parsed.error.issues, '(root)').map((line) => \`  - \${line}\`);
  throw new Error(\`src/site.config.ts: the site configuration is invalid:\\n\${problems.join('\\n')}\`);
}

export const siteConfig = parsed.data;
`;
}

/** The header menu of _data/navigation.yml (`main:`): each link's title and address, in order; a broken file gives none and a note. */
export function readNavigation(text: string): {
  links: { title: string; url: string }[];
  note?: string;
} {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0)
    return {
      links: [],
      note: `it is not valid YAML (${document.errors[0]!.message.split('\n')[0]}); the menu has the site's own links only`,
    };
  const main = (document.toJS() as { main?: unknown } | null)?.main;
  const links = (Array.isArray(main) ? main : []).flatMap((item: unknown) => {
    const { title, url } = (item ?? {}) as { title?: unknown; url?: unknown };
    return typeof title === 'string' && typeof url === 'string' && title.trim() && url.trim()
      ? [{ title: title.trim(), url: url.trim() }]
      : [];
  });
  return { links };
}
