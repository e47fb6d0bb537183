import type { Translate } from '../i18n/i18n.ts';
import { formatDay } from '../i18n/dates.ts';
import { SOURCE_NAMES, type ShownCitation, type SourceCitation } from './counts.ts';

/** `1234` → `1,234` in the page's language. */
export const formatCount = (count: number, t: Translate) =>
  new Intl.NumberFormat(t('date.locale')).format(count);

/** `Cited by 42`. */
export const citedByText = (citation: Pick<SourceCitation, 'count'>, t: Translate) =>
  t('citations.citedBy', { count: formatCount(citation.count, t) });

/** ` (Semantic Scholar, 7 December 2026)`: which source the shown count is from, and when it gave it. */
export const citationSourceText = (citation: SourceCitation, t: Translate) =>
  t('citations.source', {
    source: SOURCE_NAMES[citation.source],
    date: formatDay(citation.date, t('date.locale')),
  });

/** `; other sources: OpenAlex 40, Crossref 38`, or '' when one source alone counted the paper. */
export function otherSourcesText(citation: ShownCitation, t: Translate): string {
  const others = citation.all.filter((other) => other.source !== citation.source);
  if (others.length === 0) return '';
  const counts = others.map((other) =>
    t('citations.otherCount', {
      source: SOURCE_NAMES[other.source],
      count: formatCount(other.count, t),
    }),
  );
  return t('citations.others', { counts: counts.join(t('cv.listSeparator')) });
}

/** `Cited by 120 in total` and what that sum is made of, for the profile card and the CV. */
export function citationTotalText(
  total: { total: number; date: string },
  t: Translate,
): { total: string; source: string } {
  return {
    total: t('citations.total', { count: formatCount(total.total, t) }),
    source: t('citations.totalSource', { date: formatDay(total.date, t('date.locale')) }),
  };
}
