import type { PostFields } from '../../schemas/post.ts';
import type { FeedEntry } from '../exports/feed.ts';
import { mathPlainText } from '../markdown/math-plain-text.ts';

/** A post as the feed /posts.xml carries it: its title, its description as the summary, its days at midnight UTC. */
export function postFeedEntry(post: { data: PostFields }, url: string, author: string): FeedEntry {
  return {
    url,
    title: mathPlainText(post.data.title),
    published: `${post.data.date}T00:00:00Z`,
    ...(post.data.updated ? { updated: `${post.data.updated}T00:00:00Z` } : {}),
    authors: [author],
    summary: mathPlainText(post.data.description),
  };
}
