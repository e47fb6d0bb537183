/**
 * Posts and portfolio items of an academicpages site as this site's posts and projects: their
 * front matter only (the body is converted like any other). Pure: no file system.
 */
import type { YamlValue } from '../frontmatter.ts';
import { unescapeMarkdown } from './kramdown.ts';

/** An old entry's front matter as the new kind's, with what the author should check; or why it was left out. */
export type MadeEntry = { data: { [key: string]: YamlValue }; checks: string[] } | { why: string };

const text = (value: unknown) =>
  typeof value === 'string' && value.trim()
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [])
    .map(text)
    .filter((item): item is string => item !== undefined);

/** `Cool posts` → `cool-posts`, `机器学习` stays: a tag as the posts schema takes it; undefined when nothing is left. */
export const tagOf = (name: string): string | undefined =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || undefined;

/** Text to show as one line: HTML tags, Markdown links, emphasis and escapes taken off. */
export const plainText = (markdown: string): string =>
  unescapeMarkdown(
    markdown
      .replace(/<[^>]*>/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|\*|_|`)/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();

/** The first paragraph of a body that is prose (not a heading, a picture, a list or code), as plain text. */
export function firstParagraph(body: string): string | undefined {
  for (const paragraph of body.split(/\n\s*\n/)) {
    const trimmed = paragraph.trim();
    if (!trimmed || /^(#|!\[|[-*+]\s|\d+\.\s|```|~~~|\||>|\$\$)/.test(trimmed)) continue;
    const plain = plainText(trimmed);
    if (plain) return plain.length > 300 ? `${plain.slice(0, 297).replace(/\s+\S*$/, '')}…` : plain;
  }
  return undefined;
}

/** A post's date: its front matter's, else its file name's (`2024-03-14-title.md`). */
const dayOf = (data: Record<string, unknown>, file: string): string | undefined => {
  const date = data.date;
  if (date instanceof Date && !Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
  const written = /^(\d{4}-\d{2}-\d{2})\b/.exec(text(date) ?? '');
  return written?.[1] ?? /^(\d{4}-\d{2}-\d{2})-/.exec(file)?.[1];
};

/** A post's name in its address: its file name without the date, e.g. `2024-03-14-tiny-ml.md` → `tiny-ml`. */
export const postName = (file: string) =>
  (file.split('/').pop() ?? file)
    .replace(/\.(md|markdown|html)$/i, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '');

/**
 * Where Jekyll put a post when its front matter names no permalink: the `permalink` of
 * _config.yml (`date` when absent), its placeholders filled in.
 */
export function jekyllPostAddress(
  pattern: string | undefined,
  post: { day: string; name: string; categories: string[] },
): string | undefined {
  const styles: Record<string, string> = {
    date: '/:categories/:year/:month/:day/:title:output_ext',
    pretty: '/:categories/:year/:month/:day/:title/',
    ordinal: '/:categories/:year/:y_day/:title:output_ext',
    none: '/:categories/:title:output_ext',
  };
  const template = styles[pattern ?? 'date'] ?? pattern ?? styles.date!;
  if (/:(?!categories|year|month|day|i_month|i_day|title|slug|output_ext)\w+/.test(template))
    return undefined;
  const [year, month, day] = post.day.split('-') as [string, string, string];
  // Jekyll writes each category lower-cased, its spaces escaped: `Field Notes` → `field%20notes`.
  const categories = post.categories.map((category) => encodeURIComponent(category.toLowerCase()));
  return template
    .replace(/:categories/g, categories.join('/'))
    .replace(/:year/g, year)
    .replace(/:i_month/g, String(Number(month)))
    .replace(/:month/g, month)
    .replace(/:i_day/g, String(Number(day)))
    .replace(/:day/g, day)
    .replace(/:(title|slug)/g, post.name)
    .replace(/:output_ext/g, '.html')
    .replace(/\/{2,}/g, '/');
}

/** An academicpages post: title, date, tags and categories as tags, the excerpt (else its first paragraph) as its description. */
export function postFromJekyll(
  data: Record<string, unknown>,
  file: string,
  body: string,
): MadeEntry {
  const title = text(data.title);
  if (!title) return { why: 'a post without a title was left out' };
  const date = dayOf(data, file);
  if (!date)
    return { why: `"${title}" has no date (in its front matter or file name); it was left out` };
  const checks: string[] = [];
  const names = [...list(data.tags), ...list(data.categories ?? data.category)];
  const tags = [...new Set(names.map(tagOf).filter((tag): tag is string => tag !== undefined))];
  const excerpt = text(data.excerpt) ? plainText(text(data.excerpt)!) : undefined;
  let description = excerpt || firstParagraph(body);
  if (!excerpt)
    checks.push(
      description
        ? 'the description is its first paragraph'
        : 'the description is its title: write one',
    );
  description ||= unescapeMarkdown(title);
  return {
    data: {
      title: unescapeMarkdown(title),
      date,
      description,
      ...(tags.length > 0 ? { tags } : {}),
      ...(data.published === false ? { draft: true } : {}),
    },
    checks,
  };
}

/** An academicpages portfolio item: its title (else its file name), and its excerpt (else its first paragraph) as its summary. */
export function projectFromJekyll(
  data: Record<string, unknown>,
  file: string,
  body: string,
): MadeEntry {
  const written = text(data.title) ? plainText(text(data.title)!) : undefined;
  const title = written || file.replace(/\.(md|markdown|html)$/i, '');
  const excerpt = text(data.excerpt) ? plainText(text(data.excerpt)!) : undefined;
  const summary = excerpt || firstParagraph(body);
  return {
    data: { title, summary: summary || title },
    checks: [
      ...(written ? [] : ['it had no title: its file name is its title']),
      // A card picture in the excerpt: the project's `image` is a file beside it, for the author to add.
      ...(/<img\b/i.test(text(data.excerpt) ?? '')
        ? ['the picture in its excerpt was not kept: add it as image']
        : []),
      ...(excerpt
        ? []
        : [summary ? 'the summary is its first paragraph' : 'the summary is its title: write one']),
    ],
  };
}
