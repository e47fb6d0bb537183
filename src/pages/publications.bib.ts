import type { APIRoute } from 'astro';
import { toBibliography } from '#lib/exports/bibtex.ts';
import { getSiteContent } from '#lib/content/site-content.ts';

/** `/publications.bib`: every paper, in the author's order. */
export const GET: APIRoute = async () => {
  const { publications, citationKeys } = await getSiteContent();
  return new Response(toBibliography(publications, citationKeys), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
