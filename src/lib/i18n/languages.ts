import type { Site } from '../../schemas/site.ts';

/** A language of the site, as the owner file lists it (or as it is made from `locale`). */
export interface Language {
  /** The short name and the folder of its pages: `zh` for /zh/. */
  code: string;
  /** The BCP 47 tag its pages carry: `zh-CN`. */
  locale: string;
  /** Its name in itself: `中文`. */
  label: string;
}

/**
 * The site's languages, the default first: the owner file's `languages`, or one language made
 * from `locale` (`en-US` → `{ code: 'en', locale: 'en-US', label: 'English' }`) when it lists none.
 */
export function siteLanguages(site: Pick<Site, 'locale' | 'languages'>): Language[] {
  if (site.languages) return site.languages;
  const code = site.locale.split('-')[0]!.toLowerCase();
  return [
    {
      code,
      locale: site.locale,
      label: new Intl.DisplayNames([site.locale], { type: 'language' }).of(code) ?? code,
    },
  ];
}

/**
 * The language of a page file from its id, the folder it lies in: `zh/about` → `zh`; a file
 * outside a language folder (`about`) is in the default language, `undefined` here.
 */
export function translationFolder(id: string): string | undefined {
  const slash = id.indexOf('/');
  return slash === -1 ? undefined : id.slice(0, slash);
}

/** A page's address in a language: `/cv/` in the default language is `/cv/`; in `zh`, `/zh/cv/`. */
export function localizedPath(
  path: string,
  language: Pick<Language, 'code'>,
  defaultLanguage: Pick<Language, 'code'>,
): string {
  return language.code === defaultLanguage.code ? path : `/${language.code}${path}`;
}

/**
 * The language a path on the site is in, by its first folder: `/zh/cv/` → `zh`, anything else
 * (`/cv/`, `/zhong/`) → the default language.
 */
export function languageOfPath(path: string, languages: readonly Language[]): Language {
  const folder = /^\/([^/]+)\//.exec(path)?.[1];
  return languages.slice(1).find((language) => language.code === folder) ?? languages[0]!;
}

/**
 * The `lang` that content written in `contentLocale` needs on a page in `pageLocale`: none when
 * they are the same language (`en-US` content on an `en-GB` page too), else the content's tag.
 */
export function contentLang(pageLocale: string, contentLocale: string): string | undefined {
  const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
  return language(pageLocale) === language(contentLocale) ? undefined : contentLocale;
}
