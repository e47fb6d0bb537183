import { webUrl } from '../../src/schemas/common.ts';
import {
  publicationSchema,
  type AuthorInput,
  type PublicationInput,
  type PublicationType,
} from '../../src/schemas/publication.ts';
import { pageRange } from '#lib/publications/publications.ts';
import type { BibRecord } from './bibtex-source.ts';
import { arxivFromText, doiFromUrl, normalizeArxiv, normalizeDoi } from './paper-identity.ts';
import { authorsFor, creatorName, findOwner, isOthers } from './bibtex-authors.ts';
import { KNOWN_VENUES, venueLabel, withoutEventDetails, type VenueTable } from './venue.ts';
import { arxivUrl, doiUrl } from '#lib/routing/links.ts';

/** A record turned into front matter (all but `order`, which depends on the site), or the reason it cannot be. */
export type Conversion =
  | {
      ok: true;
      data: Omit<PublicationInput, 'order'>;
      /** The abstract as plain text, '' when there is none. */
      abstract: string;
      /** What the author should look at after the import. */
      notes: string[];
    }
  | { ok: false; reason: string };

const isArxivPrefix = (value: string | undefined) => /^arxiv$/i.test(value?.trim() ?? '');

/** The record's arXiv id: `eprint` with `archivePrefix = {arXiv}` (or `eprinttype`), an arxiv.org address, or `journal = {arXiv preprint arXiv:…}`. */
export function arxivOf(fields: Record<string, string>): string | undefined {
  const fromEprint =
    isArxivPrefix(fields.archiveprefix) || isArxivPrefix(fields.eprinttype)
      ? normalizeArxiv(fields.eprint)
      : undefined;
  return (
    fromEprint ??
    arxivFromText(fields.url) ??
    arxivFromText(fields.journal) ??
    arxivFromText(fields.howpublished) ??
    arxivFromText(fields.note) ??
    (/^corr$/i.test(fields.journal?.trim() ?? '')
      ? normalizeArxiv(fields.volume?.replace(/^abs\//i, ''))
      : undefined)
  );
}

/** Preprint servers, by the name an export gives as journal, publisher or note: any entry type from one is a preprint. */
const PREPRINT_SERVER =
  /\b(arxiv|biorxiv|medrxiv|chemrxiv|techrxiv|psyarxiv|socarxiv|eartharxiv|engrxiv|ssrn|research square|preprints\.org|osf preprints|authorea)\b|^corr$/i;
/** DOI prefixes only preprint servers use: bioRxiv and medRxiv (10.1101/ with a dated number), SSRN, Research Square, ChemRxiv, OSF. */
const PREPRINT_DOI =
  /^10\.(1101\/(\d{4}\.\d{2}\.\d{2}\.)?\d{6,}(v\d+)?$|2139\/ssrn\.|21203\/rs\.|26434\/chemrxiv|31219\/osf\.io|31234\/osf\.io|20944\/preprints)/i;

/** Whether the record comes from a preprint server, whatever its entry type says. */
export function isFromPreprintServer(
  fields: Record<string, string>,
  doi: string | undefined,
): boolean {
  if (doi !== undefined && PREPRINT_DOI.test(doi)) return true;
  const names = [
    fields.journal,
    fields.journaltitle,
    fields.booktitle,
    fields.publisher,
    fields.howpublished,
    fields.eprinttype,
    fields.archiveprefix,
  ];
  // Cold Spring Harbor Laboratory publishes journals too: its name alone is not a preprint server.
  return names.some((name) => name !== undefined && PREPRINT_SERVER.test(name.trim()));
}

/**
 * A DOI or address as exported with TeX escapes (DBLP writes `10.1007/978-3-031-29119-7\_6`):
 * `\_`, `\%`, `\&`, `\#`, `\~` and `{\_}` are the characters themselves; other braces are grouping.
 */
export function withoutTexEscapes(value: string | undefined): string | undefined {
  return value?.replace(/\\([_%&#~$])/g, '$1').replace(/[{}]/g, '');
}

/**
 * Google Scholar's exports of preprints put the posting month in `pages` (`2023--10`, a bioRxiv
 * paper of October 2023): that month, when it is one of the record's year, else undefined.
 */
export function monthInPages(pages: string | undefined, year: number): number | undefined {
  const match = /^(\d{4})\s*[-–—]{1,3}\s*(\d{1,2})$/.exec(pages?.trim() ?? '');
  if (!match || Number(match[1]) !== year) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? month : undefined;
}

/**
 * The kind of publication, from the entry type: inproceedings → conference (workshop when the
 * booktitle or series says so), article → journal (preprint for arXiv/CoRR), misc/unpublished
 * with an arXiv id → preprint, phdthesis/mastersthesis → thesis, incollection → chapter,
 * techreport → report; anything else → other.
 */
export function publicationType(
  record: Pick<BibRecord, 'type' | 'fields'>,
  arxiv: string | undefined,
): PublicationType {
  const { fields } = record;
  switch (record.type) {
    case 'inproceedings':
    case 'conference':
    case 'proceedings':
      return /\bworkshops?\b/i.test(
        `${fields.booktitle ?? ''} ${fields.series ?? ''} ${fields.eventtitle ?? ''}`,
      )
        ? 'workshop'
        : 'conference';
    case 'article':
      return arxiv &&
        /\barxiv\b|^corr$/i.test((fields.journal ?? fields.journaltitle ?? 'arxiv').trim())
        ? 'preprint'
        : 'journal';
    case 'misc':
    case 'unpublished':
    case 'online':
    case 'preprint':
    case 'electronic':
      return arxiv || record.type === 'preprint' ? 'preprint' : 'other';
    case 'phdthesis':
    case 'mastersthesis':
    case 'thesis':
      return 'thesis';
    case 'incollection':
    case 'inbook':
      return 'chapter';
    case 'techreport':
    case 'report':
      return 'report';
    default:
      return 'other';
  }
}

/** `{ year: "2022", month: "6" }` → `"2022-06"`; without a month, the year as a number; biblatex's `date = {2022-06-27}` works too. */
export function publicationDate(fields: Record<string, string>): number | string | undefined {
  const fromDate = /^(\d{4})(?:-(\d{1,2}))?/.exec(fields.date?.trim() ?? '');
  const year = /^\d{4}$/.test(fields.year?.trim() ?? '') ? fields.year!.trim() : fromDate?.[1];
  if (!year) return undefined;
  const monthText = fields.month?.trim() ?? (fromDate?.[1] === year ? fromDate[2] : undefined);
  const month = monthText && /^\d{1,2}$/.test(monthText) ? Number(monthText) : undefined;
  return month !== undefined && month >= 1 && month <= 12
    ? `${year}-${String(month).padStart(2, '0')}`
    : Number(year);
}

/**
 * `450–463` → `450--463`; a single page or article number stays, and so does `1-1` as `1`;
 * anything the schema's pages field refuses (e.g. `12:1--12:25`) → undefined. BibTeX's own
 * dashes (an em dash, `---`) become `--` first; the range is then read by the schema.
 */
export function normalizePages(pages: string | undefined): string | undefined {
  if (!pages) return undefined;
  const parsed = publicationSchema.shape.pages.safeParse(
    pages.replace(/\s+/g, '').replace(/[-–—]{1,3}/, '--'),
  );
  if (!parsed.success || parsed.data === undefined) return undefined;
  return parsed.data.last === parsed.data.first ? parsed.data.first : pageRange(parsed.data, '--');
}

const isWebUrl = (value: string | undefined): value is string =>
  value !== undefined && webUrl.safeParse(value.trim()).success;

/** A title without the trailing full stop the schema does not want (an ellipsis stays). */
const cleanTitle = (title: string) =>
  title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!\.)\.$/, '');

/** Converts one BibTeX record into the site's publication fields, or says why it cannot. */
export function convertRecord(
  record: BibRecord,
  ownerName: string,
  venues: VenueTable = KNOWN_VENUES,
): Conversion {
  const { fields } = record;
  const notes: string[] = [];
  const title = cleanTitle(fields.title ?? '');
  if (!title) return { ok: false, reason: 'it has no title' };
  if (record.authors.length === 0) return { ok: false, reason: 'it has no authors' };

  const owner = findOwner(record.authors, ownerName);
  if (owner.kind === 'absent') {
    const truncated = record.authors.some(isOthers)
      ? '; the list ends with "and others", so you may be among the missing names: add the paper by hand'
      : '';
    return {
      ok: false,
      reason: `${ownerName} is not among its authors (${record.authors.map(creatorName).join(', ')})${truncated}`,
    };
  }
  const author = record.authors[owner.index];
  if (owner.kind === 'initials' && author)
    notes.push(`"${creatorName(author)}" taken to be you (owner: true)`);
  if (record.authors.some(isOthers))
    notes.push('the author list ends with "and others": complete it');
  const authors: AuthorInput[] = authorsFor(record.authors, ownerName);

  const arxiv = arxivOf(fields);
  const doiField = withoutTexEscapes(fields.doi);
  const urlField = withoutTexEscapes(fields.url);
  const doi = normalizeDoi(doiField) ?? doiFromUrl(urlField);
  if (fields.doi && !normalizeDoi(doiField)) notes.push(`DOI "${fields.doi}" left out: not a DOI`);
  const fromServer = isFromPreprintServer(fields, doi);
  const type = fromServer ? 'preprint' : publicationType(record, arxiv);
  const written = publicationDate(fields);
  if (written === undefined) return { ok: false, reason: 'it has no year' };
  const year = typeof written === 'number' ? written : Number(written.slice(0, 4));
  const postedMonth = type === 'preprint' ? monthInPages(fields.pages, year) : undefined;
  const date =
    typeof written === 'number' && postedMonth !== undefined
      ? `${year}-${String(postedMonth).padStart(2, '0')}`
      : written;

  const venueName =
    (type === 'thesis' ? fields.school : undefined) ??
    fields.booktitle ??
    fields.journal ??
    fields.journaltitle ??
    (type === 'report' ? fields.institution : undefined) ??
    fields.howpublished;
  const isArxivName = (name: string | undefined) =>
    name !== undefined && (/\barxiv\b/i.test(name) || /^corr$/i.test(name.trim()));
  const label = venueLabel({
    type,
    name: venueName,
    series: fields.series,
    shortName: fields.shortjournal ?? fields.shortbooktitle ?? fields.journalabbreviation,
    year,
    entryType: record.type,
    venues,
  });
  if (label.guessed) notes.push(`venue label "${label.short}" is a guess: edit venue.short`);
  for (const command of record.unknownCommands)
    notes.push(`unknown LaTeX command ${command} dropped from the text`);

  const url = isWebUrl(urlField)
    ? urlField.trim()
    : doi
      ? doiUrl(doi)
      : arxiv
        ? arxivUrl(arxiv)
        : undefined;
  // A "page range" that is the record's year and a month is the month the preprint was posted.
  const pages = postedMonth === undefined ? normalizePages(fields.pages) : undefined;
  if (postedMonth !== undefined)
    notes.push(
      `pages "${fields.pages}" read as the month posted (${year}-${String(postedMonth).padStart(2, '0')}), not pages`,
    );
  else if (fields.pages && !pages) notes.push(`pages "${fields.pages}" left out: not a page range`);
  const publisher =
    type === 'report'
      ? (fields.institution ?? fields.publisher)
      : (fields.publisher ?? fields.organization);
  // A name that only repeats the label is no full name.
  const name =
    venueName && !isArxivName(venueName) && venueName.trim() !== label.short
      ? withoutEventDetails(venueName)
      : undefined;

  const data: Omit<PublicationInput, 'order'> = {
    title,
    authors,
    venue: { short: label.short, ...(name ? { name } : {}), ...(url ? { url } : {}) },
    date,
    type,
    ...(doi ? { doi } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(pages ? { pages } : {}),
    ...(fields.volume && type !== 'preprint' ? { volume: fields.volume } : {}),
    ...((fields.number ?? fields.issue) && type !== 'preprint'
      ? { issue: (fields.number ?? fields.issue)! }
      : {}),
    ...(publisher ? { publisher } : {}),
  };
  return { ok: true, data, abstract: fields.abstract ?? '', notes };
}
