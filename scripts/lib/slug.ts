import { isReservedPublicationId } from '#lib/routing/routes.ts';
import { foldText, isStopWord } from '#lib/text/text-folding.ts';

/** Lower-case ASCII words joined by `-`: `Zürich & Ñandú: 2 Études` → `zurich-nandu-2-etudes`. */
export function slugify(text: string, maxWords = 8): string {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** The first word of a title that says something: `Towards Ubiquitous Learning` → `ubiquitous`; `Melon: …` → `melon`. */
export function firstWord(title: string): string {
  return (
    slugify(title, 40)
      .split('-')
      .find((word) => word && !isStopWord(word)) ?? ''
  );
}

/**
 * A paper's file name (without `.mdx`), in the style of the site's own files: the first word of
 * the title and the venue label, e.g. `melon-mobisys22`, `flash-tmc22`, `survey-arxiv24`. A
 * label without a year gets the year. Without a usable title word, the BibTeX key slugified.
 */
export function publicationSlug(input: {
  title: string;
  venueShort: string;
  year: number;
  key: string;
}): string {
  const venue = slugify(input.venueShort.replace(/['’.]/g, ''));
  const venueWithYear = /\d$/.test(venue) ? venue : `${venue}${String(input.year).slice(-2)}`;
  const word = firstWord(input.title);
  if (word) return `${word}-${venueWithYear}`;
  return slugify(input.key, 12) || `publication-${venueWithYear}`;
}

/** `base`, else `base-2`, `base-3`, …: the first name that is neither taken nor reserved for a page of the publication list. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const usable = (slug: string) => !taken.has(slug) && !isReservedPublicationId(slug);
  if (usable(base)) return base;
  for (let n = 2; ; n += 1) if (usable(`${base}-${n}`)) return `${base}-${n}`;
}
