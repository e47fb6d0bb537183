import { withoutUnshowable } from '../text/control-chars.ts';

/** One paper in the feed. */
export interface FeedEntry {
  /** The paper's page, absolute: also the entry's Atom id. */
  url: string;
  title: string;
  /** RFC 3339, e.g. `2022-06-01T00:00:00Z`. */
  published: string;
  authors: string[];
  summary: string;
}

export interface Feed {
  title: string;
  /** The feed's own absolute address. */
  feedUrl: string;
  /** The site's home page, absolute. */
  homeUrl: string;
  author: string;
  entries: FeedEntry[];
}

/**
 * Escapes text for XML element content and attribute values. Characters XML cannot carry at all
 * (control characters, lone surrogates) are dropped: the schema refuses them in front matter,
 * but an abstract is not checked, and one such character would make the whole feed unreadable.
 */
export function escapeXml(text: string): string {
  return withoutUnshowable(text).replace(
    /[<>&'"]/g,
    (char) =>
      ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] ?? char,
  );
}

/** `{ year: 2022, month: 6 }` → `2022-06-01T00:00:00Z`: a stable timestamp, so the feed only changes when the content does. */
export function feedTimestamp(date: { year: number; month?: number; day?: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}T00:00:00Z`;
}

/** An Atom 1.0 document (RFC 4287), newest entry first. */
export function toAtom(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.published.localeCompare(a.published));
  const updated = entries[0]?.published ?? '1970-01-01T00:00:00Z';
  const entryXml = entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.url)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <published>${entry.published}</published>
    <updated>${entry.published}</updated>
${entry.authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`).join('\n')}
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.homeUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>
  <author><name>${escapeXml(feed.author)}</name></author>
${entryXml.join('\n')}
</feed>
`;
}
