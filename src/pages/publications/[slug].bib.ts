import type { APIRoute, GetStaticPaths } from 'astro';
import { toBibtex } from '#lib/exports/bibtex.ts';
import { getSiteContent } from '#lib/content/site-content.ts';

/** `/publications/<slug>.bib`: one paper's BibTeX entry. */
export const getStaticPaths = (async () => {
  const { publications, citationKeys } = await getSiteContent();
  return publications.map((publication) => ({
    params: { slug: publication.id },
    props: { bibtex: toBibtex(publication, citationKeys.get(publication.id)!) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bibtex: string }> = ({ props }) =>
  new Response(props.bibtex, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
