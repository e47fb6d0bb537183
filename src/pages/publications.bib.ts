import type { APIRoute } from 'astro';
import { toBibtex } from '../lib/bibtex.ts';
import { getSiteContent } from '../lib/site-content.ts';

/** `/publications.bib`: every paper, in the author's order. */
export const GET: APIRoute = async () => {
  const { publications, citationKeys } = await getSiteContent();
  const bibliography = publications.map((publication) => toBibtex(publication, citationKeys.get(publication.id)!)).join('\n');
  return new Response(bibliography, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
