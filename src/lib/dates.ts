import type { PublicationDate } from '../schemas/publication.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2022-04` → `April 2022`. */
export function formatMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

/** A publication date as people read it: `2022`, `June 2022` or `27 June 2022`. */
export function formatPublicationDate(date: PublicationDate): string {
  if (date.month === undefined) return String(date.year);
  const month = `${MONTHS[date.month - 1]} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}

/** The machine-readable form for `<time datetime>`: `2022`, `2022-06` or `2022-06-27`. */
export function isoPublicationDate(date: PublicationDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}

/** A day `2024-05-01` as people read it: `1 May 2024`. */
export function formatDay(day: string): string {
  const [year = '', month = '', date = ''] = day.split('-');
  return formatPublicationDate({ year: Number(year), month: Number(month), day: Number(date) });
}
