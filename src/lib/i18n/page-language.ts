import { siteConfig } from '../../site.config.ts';
import { translator, type Translate } from './i18n.ts';
import { textIn, type PerLanguageText } from './owner-text.ts';
import {
  contentLang,
  languageOfPath,
  localizedPath,
  siteLanguages,
  type Language,
} from './languages.ts';

/** The site's languages, the default first (src/site.config.ts, `languages`). */
export const LANGUAGES: readonly Language[] = siteLanguages(siteConfig);
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0]!;

/*
 * Every listed language's strings are checked when the build starts, not when a page first
 * asks: a missing key stops the build naming the key and the language.
 */
const translators = new Map(
  LANGUAGES.map((language) => [language.code, translator(language.code)]),
);

/** The language of the page at `url`, by its first folder below the base: `/site/zh/cv/` → zh. */
export function languageAt(url: URL): Language {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return languageOfPath(path.endsWith('/') ? path : `${path}/`, LANGUAGES);
}

/** The interface strings of `language`. */
export const stringsFor = (language: Pick<Language, 'code'>): Translate =>
  translators.get(language.code)!;

/** A path from the site root in `language`: `/cv/` → `/zh/cv/`. */
export const pathIn = (path: string, language: Pick<Language, 'code'>): string =>
  localizedPath(path, language, DEFAULT_LANGUAGE);

/** The interface strings of the page at `url`: what a component writes around the owner's content. */
export const stringsAt = (url: URL): Translate => stringsFor(languageAt(url));

/** The language the owner's untranslated content is written in (`contentLocale`, else the default language's). */
const CONTENT_LOCALE = siteConfig.contentLocale ?? DEFAULT_LANGUAGE.locale;

/**
 * The `lang` of the owner's untranslated content (news, paper titles, talks) on the page at
 * `url`: its own language's tag where the page is in another, so that a screen reader reads
 * English as English there; nothing where the page is in that language already.
 */
export const untranslatedLang = (url: URL): string | undefined =>
  contentLang(languageAt(url).locale, CONTENT_LOCALE);

/**
 * The `lang` parameter of a `[...lang]` route, for each language given: none for the default
 * language (`/cv/`), the code for every other (`/zh/cv/`).
 */
export const languageParams = (
  languages: readonly Pick<Language, 'code'>[],
): { lang: string | undefined }[] =>
  languages.map((language) => ({
    lang: language.code === DEFAULT_LANGUAGE.code ? undefined : language.code,
  }));

/**
 * The owner file's text (bio, affiliation, description) for the page at `url`: its translation,
 * else the default language's with the `lang` a screen reader needs to read it in that language.
 */
export function ownerTextAt(value: PerLanguageText, url: URL): { text: string; lang?: string } {
  const language = languageAt(url);
  const { text, code } = textIn(value, language.code, DEFAULT_LANGUAGE.code);
  return code === language.code ? { text } : { text, lang: DEFAULT_LANGUAGE.locale };
}
