/**
 * The seed site's papers (tests/fixtures/sites/seed/) as their MDX files state them, for the importer's round trip and the hostile
 * export tests. The end-to-end specs do not use this: they check the fixture sites against
 * literal tables and golden files (tests/e2e/full-site.ts, tests/fixtures/sites/full/golden/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  publicationSchema,
  type Publication,
  type PublicationType,
} from '../../src/schemas/publication.ts';

export interface PaperSource {
  /** The file name without extension: the paper's address, `/publications/<id>/`. */
  id: string;
  data: Publication;
  /** The MDX body after the front matter (the abstract), untouched. */
  body: string;
}

const DIRECTORY = new URL('../fixtures/sites/seed/content/publications/', import.meta.url);

function loadPapers(): PaperSource[] {
  const files = readdirSync(DIRECTORY).filter((file) => /\.mdx?$/.test(file));
  const papers = files.map((file) => {
    const text = readFileSync(new URL(file, DIRECTORY), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
    if (!match)
      throw new Error(
        `tests/fixtures/sites/seed/content/publications/${file}: no YAML front matter between --- lines`,
      );
    const result = publicationSchema.safeParse(parseYaml(match[1] ?? ''));
    if (!result.success)
      throw new Error(
        `tests/fixtures/sites/seed/content/publications/${file}: ${result.error.message}`,
      );
    return { id: file.replace(/\.mdx?$/, ''), data: result.data, body: match[2] ?? '' };
  });
  if (papers.length === 0)
    throw new Error('tests/fixtures/sites/seed/content/publications/ holds no papers');
  // The author's order: `order`, then the id (as the site documents it).
  return papers.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every paper, in the author's order. */
export const sources: readonly PaperSource[] = loadPapers();

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const arxivUrl = (id: string) => `https://arxiv.org/abs/${id}`;

/** The address a citation points readers to: the publisher's page, else the DOI, else arXiv. */
export const citedUrl = (data: Publication): string | undefined =>
  data.venue.url ?? (data.doi ? doiUrl(data.doi) : data.arxiv ? arxivUrl(data.arxiv) : undefined);

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
