import type { News } from '../../schemas/news.ts';
import type { FeedEntry } from './feed.ts';
import { plainText, truncate } from '../markdown/plain-text.ts';

/** A news item as the feed carries it: its MDX body as one line of plain text, the first words of it as the title. */
export function newsFeedEntry(
  item: { data: News; body?: string | undefined },
  url: string,
  author: string,
): FeedEntry {
  const summary = plainText(item.body ?? '');
  return {
    url,
    title: truncate(summary, 80),
    published: `${item.data.date}T00:00:00Z`,
    authors: [author],
    summary,
  };
}

/** The latest `limit` items (the list is newest first), and whether there are more. */
export function latestNews<T>(news: readonly T[], limit: number): { entries: T[]; isAll: boolean } {
  return { entries: news.slice(0, limit), isAll: news.length <= limit };
}
