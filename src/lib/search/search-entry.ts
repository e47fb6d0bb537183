/** What a search result says it is; also the values of the index's `kind` filter. */
export const SEARCH_KINDS = ['paper', 'post', 'project', 'talk', 'news', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What the index keeps of one page or one item of a list, to show a result without opening the page. */
export interface SearchEntry {
  kind: SearchKind;
  /** Plain text: a formula already as its Unicode text (`O(n²)`), never TeX. Absent for a news item: its first words stand for it. */
  title?: string | undefined;
  /** The venue or the date, as the page writes it: `MobiSys 2023`, `27 June 2022`. */
  byline?: string | undefined;
  /** `2023`: the year filter's value. */
  year?: string | undefined;
}

/*
 * Pagefind reads a page's metadata and filters from attributes (`key[attribute]` takes the value
 * from an attribute of the same element), so a title with a comma or a colon stays whole. The
 * names are the index's: the search script reads `kind`, `title`, `byline` and filters by `kind`
 * and `year`.
 */
const META = 'kind[data-search-kind], title[data-search-title], byline[data-search-byline]';

/** The data attributes that describe an entry, on the element holding it. */
function entryAttributes(entry: SearchEntry): Record<string, string> {
  return {
    'data-search-kind': entry.kind,
    ...(entry.title ? { 'data-search-title': entry.title } : {}),
    ...(entry.byline ? { 'data-search-byline': entry.byline } : {}),
    ...(entry.year ? { 'data-search-year': entry.year } : {}),
  };
}

/**
 * The attributes of a page's `<main>` that put the page in the index: only pages that carry them
 * are indexed (lists, the CV and the search page itself are not: their entries are).
 */
export function searchPageAttributes(entry: SearchEntry): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-meta': META,
    'data-pagefind-filter': entry.year
      ? 'kind[data-search-kind], year[data-search-year]'
      : 'kind[data-search-kind]',
    ...entryAttributes(entry),
  };
}

/**
 * The attributes of one item of a list page (a talk, a news item) that has no page of its own:
 * the build makes it a record of the index, found at `url` (`/talks/#id`, from the site's root:
 * Pagefind adds the base).
 */
export function searchRecordAttributes(entry: SearchEntry, url: string): Record<string, string> {
  return { 'data-search-record': url, ...entryAttributes(entry) };
}
