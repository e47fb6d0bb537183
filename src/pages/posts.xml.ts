import type { APIRoute } from 'astro';
import { toAtom } from '#lib/exports/feed.ts';
import { postFeedEntry } from '#lib/posts/post-feed.ts';
import { HOME_PATH, POSTS_FEED_PATH, postPath } from '#lib/routing/routes.ts';
import { getSiteContent } from '#lib/content/site-content.ts';
import { absoluteUrl } from '#lib/routing/urls.ts';
import { siteConfig } from '../site.config.ts';

/**
 * `/posts.xml`: an Atom feed of the posts in every language, newest first. Written even while
 * there is none (an empty feed is valid), so a reader subscribed early keeps a working address.
 */
export const GET: APIRoute = async () => {
  const { posts } = await getSiteContent();
  const atom = toAtom({
    title: `Posts by ${siteConfig.author.name}`,
    feedUrl: absoluteUrl(POSTS_FEED_PATH),
    homeUrl: absoluteUrl(HOME_PATH),
    author: siteConfig.author.name,
    entries: posts.map((post) =>
      postFeedEntry(post, absoluteUrl(postPath(post.id)), siteConfig.author.name),
    ),
  });
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
