import type { APIRoute } from 'astro';
import { toCsl } from '#lib/exports/csl.ts';
import { getSiteContent } from '#lib/content/site-content.ts';

/** `/publications.json`: the bibliography as CSL-JSON, for Zotero, pandoc and citeproc. */
export const GET: APIRoute = async () => {
  const { publications, citationKeys } = await getSiteContent();
  const items = publications.map((publication) =>
    toCsl(publication, citationKeys.get(publication.id)!),
  );
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
