import { NEWS_PATH, TALKS_PATH } from './routes.ts';

/** A link of the header menu, as the owner file lists it. */
export interface NavigationItem {
  label: string;
  path: string;
}

/** How many entries the sections that can be empty hold. */
export interface SectionCounts {
  news: number;
  talks: number;
}

/**
 * The owner's menu without the sections that have nothing to show: `/news/` while there is no
 * news, `/talks/` while there is no talk (those pages are not built then). Every other link is
 * kept as written, so the owner decides the order and the labels.
 */
export function visibleNavigation<T extends NavigationItem>(items: readonly T[], counts: SectionCounts): T[] {
  const empty = new Set([...(counts.news === 0 ? [NEWS_PATH] : []), ...(counts.talks === 0 ? [TALKS_PATH] : [])]);
  return items.filter((item) => !empty.has(item.path));
}
