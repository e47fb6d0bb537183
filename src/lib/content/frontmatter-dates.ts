import { extractFrontmatter } from 'astro/markdown';

/**
 * Finds day dates in raw YAML front matter that no calendar has (`date: 2023-13-40`).
 * The YAML parser turns such a value into a real but different day (2024-02-09) before any
 * schema sees it, so the source text is the only place the mistake is still visible.
 */
export function impossibleDates(frontmatter: string): { field: string; value: string }[] {
  const found: { field: string; value: string }[] = [];
  for (const line of frontmatter.split(/\r?\n/)) {
    const match = /^\s*(?:-\s+)?([\w-]+)\s*:\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:#.*)?$/.exec(line);
    if (!match) continue;
    const [, field = '', year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const real =
      date.getUTCFullYear() === Number(year) &&
      date.getUTCMonth() === Number(month) - 1 &&
      date.getUTCDate() === Number(day);
    if (!real) found.push({ field, value: `${year}-${month}-${day}` });
  }
  return found;
}

/**
 * The YAML between the opening and closing `---` of a Markdown/MDX file, or '' when there is
 * none, found by Astro's own extractor (as the tools' readEntry is Astro's parser), so that
 * what counts as front matter is what the content loader reads.
 */
export function frontmatterOf(source: string): string {
  return extractFrontmatter(source) ?? '';
}
