import type { Education } from '../../schemas/education.ts';
import type { PublicationDate } from '../../schemas/publication.ts';

/**
 * Dates are written by Intl in the language of the page: `dateLocale` is the interface string
 * `date.locale` (src/i18n/), `en-GB` for the site's `27 June 2022`, `zh-CN` for `2022年6月27日`;
 * every caller passes it, so that a site whose default language is not English has no English
 * dates. UTC throughout, so that the build machine's time zone never shifts a day.
 */

const formatParts = (
  dateLocale: string,
  parts: Intl.DateTimeFormatOptions,
  year: number,
  month = 1,
  day = 1,
) =>
  new Intl.DateTimeFormat(dateLocale, { ...parts, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );

/** `2022-04` → `April 2022` (`2022年4月` in zh-CN). */
export function formatMonth(yearMonth: string, dateLocale: string): string {
  const [year, month] = yearMonth.split('-');
  return formatParts(dateLocale, { year: 'numeric', month: 'long' }, Number(year), Number(month));
}

/** A publication date as people read it: `2022`, `June 2022` or `27 June 2022` (`2022年6月27日` in zh-CN). */
export function formatPublicationDate(date: PublicationDate, dateLocale: string): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined)
    return formatParts(dateLocale, { year: 'numeric', month: 'long' }, date.year, date.month);
  return formatParts(
    dateLocale,
    { year: 'numeric', month: 'long', day: 'numeric' },
    date.year,
    date.month,
    date.day,
  );
}

/** The machine-readable form for `<time datetime>`: `2022`, `2022-06` or `2022-06-27`. */
export function isoPublicationDate(date: PublicationDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)]
    .filter(Boolean)
    .join('-');
}

/** A day `2024-05-01` as people read it: `1 May 2024` (`2024年5月1日` in zh-CN). */
export function formatDay(day: string, dateLocale: string): string {
  const [year = '', month = '', date = ''] = day.split('-');
  return formatPublicationDate(
    { year: Number(year), month: Number(month), day: Number(date) },
    dateLocale,
  );
}

/** When a degree was, as the CV shows it: `2019 – 2023`, `Sep 2019 – present`, `present`, or undefined when nothing is known. */
export function formatEducationWhen(
  data: Pick<Education, 'start' | 'end' | 'inProgress'>,
  month: (value: string) => string,
  present: string,
): string | undefined {
  const start = data.start && month(data.start);
  const end = data.inProgress ? present : data.end && month(data.end);
  if (start && end) return `${start} – ${end}`;
  return start || end || undefined;
}

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** `2019` → `2019`; `2019-09` → `Sep 2019`. */
export function formatYearOrMonth(value: string): string {
  const [year, month] = value.split('-');
  return month === undefined ? String(year) : `${SHORT_MONTHS[Number(month) - 1]} ${year}`;
}

/** A day `2022-06-29` as the English CV writes it: `29 Jun 2022`. */
export function formatShortDay(day: string): string {
  const [year = '', month = '', date = ''] = day.split('-');
  return `${Number(date)} ${formatYearOrMonth(`${year}-${month}`)}`;
}

/** A CV's short months and days in another language, written by Intl in its `date.locale`: `2022年4月`, `2022年6月29日`; a bare year stays as written. */
export function shortDates(dateLocale: string): {
  month: (value: string) => string;
  day: (value: string) => string;
} {
  const format = (options: Intl.DateTimeFormatOptions, value: string) => {
    const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
    return formatParts(dateLocale, options, year, month, day);
  };
  return {
    month: (value) =>
      value.includes('-') ? format({ year: 'numeric', month: 'short' }, value) : value,
    day: (value) => format({ year: 'numeric', month: 'short', day: 'numeric' }, value),
  };
}
