import type { StringKey, Translate } from '../i18n/i18n.ts';
import {
  CV_PATH,
  HOME_PATH,
  NEWS_PATH,
  PROJECTS_PATH,
  PUBLICATIONS_PATH,
  TALKS_PATH,
} from './routes.ts';

/** A link of the header menu, as the owner file lists it. */
export interface NavigationItem {
  label: string;
  path: string;
  /** Its label in other languages, by code. */
  labels?: Readonly<Record<string, string>> | undefined;
}

/** The engine's own pages, whose menu labels are interface strings in every language but the default. */
const SECTION_LABELS: Readonly<Record<string, StringKey>> = {
  [HOME_PATH]: 'nav.about',
  [PUBLICATIONS_PATH]: 'nav.publications',
  [NEWS_PATH]: 'nav.news',
  [TALKS_PATH]: 'nav.talks',
  [PROJECTS_PATH]: 'nav.projects',
  [CV_PATH]: 'nav.cv',
};

/**
 * A menu link's label in a language other than the default: the owner's own (`labels.zh`), else
 * the interface string of an engine page; a link to anything else without one stops the build,
 * so that no English label sits in a Chinese menu.
 */
export function navigationLabel(item: NavigationItem, code: string, t: Translate): string {
  const own = item.labels?.[code];
  if (own !== undefined) return own;
  const key = SECTION_LABELS[item.path];
  if (key !== undefined) return t(key);
  throw new Error(
    `src/site.config.ts: navigation: the link "${item.label}" (${item.path}) has no label in the language "${code}"; add labels: { ${code}: '…' } to it.`,
  );
}

/** How many entries the sections that can be empty hold. */
export interface SectionCounts {
  news: number;
  talks: number;
  projects: number;
}

/**
 * The owner's menu without the sections that have nothing to show: `/news/` while there is no
 * news, `/talks/` while there is no talk, `/projects/` while there is no project (those pages are not built then). Every other link is
 * kept as written, so the owner decides the order and the labels.
 */
export function visibleNavigation<T extends NavigationItem>(
  items: readonly T[],
  counts: SectionCounts,
): T[] {
  const empty = new Set([
    ...(counts.news === 0 ? [NEWS_PATH] : []),
    ...(counts.talks === 0 ? [TALKS_PATH] : []),
    ...(counts.projects === 0 ? [PROJECTS_PATH] : []),
  ]);
  return items.filter((item) => !empty.has(item.path));
}
