import type { APIRoute } from 'astro';
import { feedTimestamp, toAtom } from '#lib/exports/feed.ts';
import { authorNames } from '#lib/publications/authors.ts';
import { mathPlainText } from '#lib/markdown/math-plain-text.ts';
import { publicationAbstract, publicationDescription } from '#lib/publications/publications.ts';
import { FEED_PATH, HOME_PATH, publicationPath } from '#lib/routing/routes.ts';
import { getSiteContent } from '#lib/content/site-content.ts';
import { absoluteUrl } from '#lib/routing/urls.ts';
import { siteConfig } from '../site.config.ts';

/** `/feed.xml` (the old site's feed address): an Atom feed of the publications, newest first. */
export const GET: APIRoute = async () => {
  const { publications } = await getSiteContent();
  const atom = toAtom({
    title: `Publications of ${siteConfig.author.name}`,
    feedUrl: absoluteUrl(FEED_PATH),
    homeUrl: absoluteUrl(HOME_PATH),
    author: siteConfig.author.name,
    entries: publications.map((publication) => ({
      url: absoluteUrl(publicationPath(publication.id)),
      title: mathPlainText(publication.data.title),
      published: feedTimestamp(publication.data.date),
      authors: authorNames(publication.data.authors),
      summary: publicationDescription(publication.data, publicationAbstract(publication), 600),
    })),
  });
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
