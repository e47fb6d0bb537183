/** What a link-preview picture says, and how long each line may grow. Pure. */

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The text of a preview: a paper's, a project's or a post's. */
export interface PreviewCard {
  /** The page's title as plain text (formulas already turned into Unicode). */
  title: string;
  /** Who and where: `Mei Lin, Jonas Berg · MobiSys'23`, or a date, `2021 – present`. */
  byline: string;
  /** The site's name, at the foot of the picture. */
  siteName: string;
  /** The BCP 47 language of the text, e.g. `en-US`, for line breaking (Chinese breaks between characters). */
  lang?: string | undefined;
}

/** The card as the template sets it: lines cut to fit, and the title's size chosen by its length. */
export interface PreviewCardText {
  title: string;
  byline: string;
  siteName: string;
  /** Typst's ISO 639 language code, `en` when the tag gives none. */
  lang: string;
  /** Points: long titles get smaller type so that four lines hold them. */
  titleSize: number;
}

/** `text` cut at `max` characters (whole code points), at a space where there is one near the end, with an ellipsis. */
export function clip(text: string, max: number): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  if (characters.length <= max) return characters.join('');
  const cut = characters.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The text a preview picture shows, fitted to it. */
export function previewCardText(card: PreviewCard): PreviewCardText {
  const title = clip(card.title, 150);
  const length = [...title].length;
  return {
    title,
    byline: clip(card.byline, 150),
    siteName: clip(card.siteName, 60),
    lang: /^([a-z]{2,3})\b/i.exec(card.lang ?? '')?.[1]?.toLowerCase() ?? 'en',
    titleSize: length <= 50 ? 64 : length <= 90 ? 52 : 42,
  };
}
