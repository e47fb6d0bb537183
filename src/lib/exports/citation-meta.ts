import type { Publication } from '../../schemas/publication.ts';
import { authorName } from '../publications/authors.ts';
import { isExternal } from '../routing/links.ts';
import { mathPlainText } from '../markdown/math-plain-text.ts';

export type MetaTag = [name: string, content: string];

/** `{ year: 2022, month: 6, day: 27 }` → `2022/06/27`; anything less than a full day → the year, as Google Scholar asks. */
export function citationDate(date: Publication['date']): string {
  if (date.month === undefined || date.day === undefined) return String(date.year);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}/${pad(date.month)}/${pad(date.day)}`;
}

/**
 * The `citation_pdf_url` of a paper: a PDF elsewhere on the web as it is; one of this site's
 * files only once it is really deployed (Scholar drops pages whose PDF does not load).
 */
export function citationPdfUrl(
  pdf: string | undefined,
  site: { isDeployed: (path: string) => boolean; absolute: (path: string) => string },
): string | undefined {
  if (pdf === undefined) return undefined;
  if (isExternal(pdf)) return pdf;
  return site.isDeployed(pdf) ? site.absolute(pdf) : undefined;
}

/**
 * Google Scholar's (Highwire Press) tags for a paper's page, in the order its inclusion
 * guidelines list them. `pdfUrl` is given only when the PDF is really deployed.
 */
export function citationMetaTags(data: Publication, pdfUrl?: string): MetaTag[] {
  const venue = data.venue.name ?? data.venue.short;
  const venueTag: Partial<Record<Publication['type'], string>> = {
    conference: 'citation_conference_title',
    workshop: 'citation_conference_title',
    journal: 'citation_journal_title',
    chapter: 'citation_inbook_title',
    thesis: 'citation_dissertation_institution',
    report: 'citation_technical_report_institution',
  };
  const tags: (MetaTag | false | undefined)[] = [
    ['citation_title', mathPlainText(data.title)],
    ...data.authors.map((author): MetaTag => ['citation_author', authorName(author)]),
    ['citation_publication_date', citationDate(data.date)],
    venueTag[data.type] !== undefined && [
      venueTag[data.type]!,
      data.type === 'report' ? (data.publisher ?? venue) : venue,
    ],
    data.volume !== undefined && ['citation_volume', data.volume],
    data.issue !== undefined && ['citation_issue', data.issue],
    data.pages !== undefined && ['citation_firstpage', data.pages.first],
    data.pages?.last !== undefined && ['citation_lastpage', data.pages.last],
    data.publisher !== undefined && ['citation_publisher', data.publisher],
    data.doi !== undefined && ['citation_doi', data.doi],
    data.arxiv !== undefined && ['citation_arxiv_id', data.arxiv],
    pdfUrl !== undefined && ['citation_pdf_url', pdfUrl],
  ];
  return tags.filter((tag): tag is MetaTag => Array.isArray(tag));
}
