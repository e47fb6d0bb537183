/**
 * The papers as their MDX files state them, for the specs that check what the site derives from them
 * (paper pages, Scholar tags, BibTeX, CSL-JSON, the feed, the filtered lists).
 *
 * Only the front matter is read: it is parsed as YAML and validated with the site's own zod schema
 * (src/schemas/publication.ts), so the tests see the same normalised values (dates as parts, defaults
 * filled in). Everything the site *makes* from those values is written out again here from the
 * published conventions (Google Scholar, BibTeX, CSL, Atom), never imported from src/lib.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { publicationSchema, publicationTypes, type Publication, type PublicationType } from '../../src/schemas/publication.ts';
import { OWNER, PRODUCTION_ORIGIN } from '../e2e/seed-facts.ts';

export interface PaperSource {
  /** The file name without extension: the paper's address, `/publications/<id>/`. */
  id: string;
  data: Publication;
  /** The MDX body after the front matter (the abstract), untouched. */
  body: string;
}

const DIRECTORY = new URL('../../src/content/publications/', import.meta.url);

function loadPapers(): PaperSource[] {
  const files = readdirSync(DIRECTORY).filter((file) => /\.mdx?$/.test(file));
  const papers = files.map((file) => {
    const text = readFileSync(new URL(file, DIRECTORY), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`src/content/publications/${file}: no YAML front matter between --- lines`);
    const result = publicationSchema.safeParse(parseYaml(match[1] ?? ''));
    if (!result.success) throw new Error(`src/content/publications/${file}: ${result.error.message}`);
    return { id: file.replace(/\.mdx?$/, ''), data: result.data, body: match[2] ?? '' };
  });
  if (papers.length === 0) throw new Error('src/content/publications/ holds no papers');
  // The author's order: `order`, then the id (as the site documents it).
  return papers.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every paper, in the author's order. */
export const sources: readonly PaperSource[] = loadPapers();

export function paperById(id: string): PaperSource {
  const paper = sources.find((source) => source.id === id);
  if (!paper) throw new Error(`no paper with id ${id}`);
  return paper;
}

export const paperPath = (id: string) => `/publications/${id}/`;
export const paperUrl = (id: string) => `${PRODUCTION_ORIGIN}${paperPath(id)}`;
export const bibPath = (id: string) => `/publications/${id}.bib`;
export const PERSON_ID = `${PRODUCTION_ORIGIN}/#person`;

export const authorNames = (data: Publication): string[] => data.authors.map((author) => (typeof author === 'string' ? author : author.name));

const normalise = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.\s,-]+/g, ' ')
    .trim();

/** Whether an author is the site's owner: by the `owner` mark, or by name. */
export function isOwner(author: Publication['authors'][number]): boolean {
  if (typeof author !== 'string' && author.owner !== undefined) return author.owner;
  return normalise(typeof author === 'string' ? author : author.name) === normalise(OWNER);
}

/** The owner is the first author, or shares first authorship (everyone up to and including them marked equal). */
export function isFirstAuthored(data: Publication): boolean {
  const index = data.authors.findIndex(isOwner);
  if (index <= 0) return index === 0;
  return data.authors.slice(0, index + 1).every((author) => typeof author !== 'string' && author.equal === true);
}

/** `Qipeng Wang` → family `Wang`, given `Qipeng`; `Wang, Qipeng` is read the same way. */
export function splitName(name: string): { family: string; given: string } {
  if (name.includes(',')) {
    const [family = '', given = ''] = name.split(',').map((part) => part.trim());
    return { family, given };
  }
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? '';
  return { family, given: words.join(' ') };
}

/** The citation keys people have already cited: they must never change. New papers get a key of the same shape. */
const PUBLISHED_KEYS: Record<string, string> = {
  'melon-mobisys22': 'wang2022melon',
  'in-browser-dl-qoe-arxiv24': 'wang2024exploring',
  'fl-heterogeneity-www21': 'yang2021characterizing',
  'flash-tmc22': 'yang2022flash',
  'on-device-training-emdl21': 'cai2021ubiquitous',
  'mandheling-mobicom22': 'xu2022mandheling',
  'efficient-foundation-model-survey': 'xu2024survey',
};

/**
 * The key a paper must have: its own `citationKey`, the published one, or `null` when neither exists
 * (then only the shape is fixed: see `keyPattern`).
 */
export const expectedKey = (paper: PaperSource): string | null => paper.data.citationKey ?? PUBLISHED_KEYS[paper.id] ?? null;

/** `familyYearword`, e.g. `wang2022melon`, possibly with a letter appended to tell two papers apart. */
export function keyPattern(paper: PaperSource): RegExp {
  const family = splitName(authorNames(paper.data)[0] ?? '')
    .family.normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return new RegExp(`^${family}${paper.data.date.year}[a-z0-9]*$`);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 at the precision given: `2022`, `2024-02`, `2022-06-27`. */
export function isoDate({ year, month, day }: Publication['date']): string {
  return [String(year), month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
}

/** As a reader sees it: `2022`, `February 2024`, `27 June 2022`. */
export function readableDate({ year, month, day }: Publication['date']): string {
  if (month === undefined) return String(year);
  return `${day === undefined ? '' : `${day} `}${MONTHS[month - 1]} ${year}`;
}

/** The page's label for each type, singular. */
export const TYPE_LABELS: Record<PublicationType, string> = {
  conference: 'Conference paper',
  journal: 'Journal article',
  workshop: 'Workshop paper',
  preprint: 'Preprint',
  thesis: 'Thesis',
  chapter: 'Book chapter',
  report: 'Report',
  other: 'Publication',
};
export { publicationTypes };

export const venueName = (data: Publication) => data.venue.name ?? data.venue.short;
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const arxivUrl = (id: string) => `https://arxiv.org/abs/${id}`;

/** The address a citation points readers to: the publisher's page, else the DOI, else arXiv. */
export const citedUrl = (data: Publication): string | undefined =>
  data.venue.url ?? (data.doi ? doiUrl(data.doi) : data.arxiv ? arxivUrl(data.arxiv) : undefined);

export const isLocalPath = (href: string) => href.startsWith('/') && !href.startsWith('//');

/**
 * Google Scholar's tags for a paper, in the order its inclusion guidelines give them.
 * `pdfUrl` is the absolute address of a PDF that is really served, if any.
 */
export function expectedCitationTags(data: Publication, pdfUrl: string | undefined): [string, string][] {
  const tags: [string, string][] = [['citation_title', data.title]];
  for (const name of authorNames(data)) tags.push(['citation_author', name]);
  const { year, month, day } = data.date;
  tags.push(['citation_publication_date', month !== undefined && day !== undefined ? `${year}/${pad(month)}/${pad(day)}` : String(year)]);
  if (data.type === 'conference' || data.type === 'workshop') tags.push(['citation_conference_title', venueName(data)]);
  if (data.type === 'journal') tags.push(['citation_journal_title', venueName(data)]);
  if (data.volume !== undefined) tags.push(['citation_volume', data.volume]);
  if (data.issue !== undefined) tags.push(['citation_issue', data.issue]);
  if (data.pages !== undefined) {
    // The schema gives the range as parts, as it gives dates.
    const { first, last } = data.pages;
    tags.push(['citation_firstpage', first]);
    if (last !== undefined) tags.push(['citation_lastpage', last]);
  }
  if (data.publisher !== undefined) tags.push(['citation_publisher', data.publisher]);
  if (data.doi !== undefined) tags.push(['citation_doi', data.doi]);
  if (data.arxiv !== undefined) tags.push(['citation_arxiv_id', data.arxiv]);
  if (pdfUrl !== undefined) tags.push(['citation_pdf_url', pdfUrl]);
  return tags;
}

/** The BibTeX entry type reference managers expect for each kind of publication. */
export const BIBTEX_TYPES: Record<PublicationType, string> = {
  conference: 'inproceedings',
  workshop: 'inproceedings',
  journal: 'article',
  preprint: 'misc',
  thesis: 'phdthesis',
  chapter: 'incollection',
  report: 'techreport',
  other: 'misc',
};

/** The CSL item type for each kind of publication. */
export const CSL_TYPES: Record<PublicationType, string> = {
  conference: 'paper-conference',
  workshop: 'paper-conference',
  journal: 'article-journal',
  preprint: 'article',
  thesis: 'thesis',
  chapter: 'chapter',
  report: 'report',
  other: 'document',
};

/** Where the page's `<head>` ends: crawlers read meta data there only. */
export function headOf(html: string): string {
  const end = html.search(/<\/head>/i);
  if (end < 0) throw new Error('the page has no </head>');
  return html.slice(0, end);
}

/** The JSON-LD blocks of a document, parsed as a crawler parses them. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)].map((match) =>
    JSON.parse(match[1] ?? ''),
  );
}
