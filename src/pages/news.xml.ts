import type { APIRoute } from 'astro';
import { toAtom } from '#lib/exports/feed.ts';
import { newsFeedEntry } from '#lib/exports/news.ts';
import { HOME_PATH, NEWS_FEED_PATH, newsItemPath } from '#lib/routing/routes.ts';
import { getSiteContent } from '#lib/content/site-content.ts';
import { absoluteUrl } from '#lib/routing/urls.ts';
import { siteConfig } from '../site.config.ts';

/**
 * `/news.xml`: an Atom feed of the news, newest first. Written even while there is none (an
 * empty feed is valid), so a reader subscribed early keeps a working address.
 */
export const GET: APIRoute = async () => {
  const { news } = await getSiteContent();
  const atom = toAtom({
    title: `News from ${siteConfig.author.name}`,
    feedUrl: absoluteUrl(NEWS_FEED_PATH),
    homeUrl: absoluteUrl(HOME_PATH),
    author: siteConfig.author.name,
    entries: news.map((item) =>
      newsFeedEntry(item, absoluteUrl(newsItemPath(item.id)), siteConfig.author.name),
    ),
  });
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
