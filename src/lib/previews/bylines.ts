/** The byline of each kind's preview picture: who and where, or when. Pure. */
import type { Post } from '../../schemas/post.ts';
import type { Publication } from '../../schemas/publication.ts';
import { formatDay } from '../i18n/dates.ts';
import type { Translate } from '../i18n/i18n.ts';
import { resolveAuthors } from '../publications/authors.ts';

/** A paper's byline: its authors in order, then the venue label and the year, `Mei Lin, Jonas Berg · MobiSys'23, 2023`. */
export function publicationByline(
  data: Pick<Publication, 'authors' | 'venue' | 'date'>,
  ownerName: string,
  variants?: readonly string[],
): string {
  const authors = resolveAuthors(data.authors, ownerName, variants).map((author) => author.name);
  return `${authors.join(', ')} · ${venueAndYear(data)}`;
}

/** `MobiSys '23` as it is, `TMC` as `TMC, 2024`: the venue with its year, said once. */
export function venueAndYear(data: Pick<Publication, 'venue' | 'date'>): string {
  return data.venue.short.includes(String(data.date.year).slice(-2))
    ? data.venue.short
    : `${data.venue.short}, ${data.date.year}`;
}

/** A post's byline: the day it was published in its page's language, `14 March 2025`, `2025年3月20日`. */
export function postByline(data: Pick<Post, 'date'>, t: Translate): string {
  return formatDay(data.date, t('date.locale'));
}
