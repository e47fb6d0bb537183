/**
 * Text of the owner file written once or once per language: `'CS Ph.D. Candidate @ PKU'` or
 * `{ en: 'CS Ph.D. Candidate @ PKU', zh: '北京大学博士生' }`.
 */
export type PerLanguageText = string | Readonly<Record<string, string>>;

/** The text a page in one language shows, and the language that text is written in. */
export interface TextInLanguage {
  text: string;
  /** The code of the language the text is in: the page's, or the default language's it fell back to. */
  code: string;
}

/**
 * The owner's text for a page in `code`: its translation, else the default language's (text
 * written once is in the default language).
 */
export function textIn(value: PerLanguageText, code: string, defaultCode: string): TextInLanguage {
  if (typeof value === 'string') return { text: value, code: defaultCode };
  const own = value[code];
  if (own !== undefined) return { text: own, code };
  return { text: value[defaultCode] ?? '', code: defaultCode };
}

/**
 * What is wrong with the language keys of a per-language text, each with the key it concerns:
 * a key that is not one of the site's languages, or no text in the default language (the first
 * code), which every other language falls back to.
 */
export function perLanguageProblems(
  value: PerLanguageText,
  codes: readonly string[],
): { key?: string; message: string }[] {
  if (typeof value === 'string') return [];
  const known = codes.join(', ');
  const unknown = Object.keys(value)
    .filter((key) => !codes.includes(key))
    .map((key) => ({
      key,
      message: `"${key}" is not a language of this site (its languages: ${known}); use one of those codes, or add the language to languages`,
    }));
  const defaultCode = codes[0]!;
  const missingDefault =
    value[defaultCode] === undefined
      ? [
          {
            message: `has no text in the default language; add ${defaultCode}: '…', which the other languages fall back to`,
          },
        ]
      : [];
  return [...unknown, ...missingDefault];
}

/** The owner file's fields that may be written per language. */
type PerLanguageField = 'bio' | 'affiliation' | 'location';

/** The owner's profile with its per-language fields as the texts for one language. */
export type AuthorInLanguage<A extends { bio: PerLanguageText; affiliation: PerLanguageText }> =
  Omit<A, PerLanguageField> & { bio: string; affiliation: string; location?: string };

/** The owner's profile as a page in `code` shows it: bio, affiliation and location in that language, else the default's. */
export function authorIn<
  A extends { bio: PerLanguageText; affiliation: PerLanguageText; location?: PerLanguageText },
>(author: A, code: string, defaultCode: string): AuthorInLanguage<A> {
  const { bio, affiliation, location, ...rest } = author;
  return {
    ...rest,
    bio: textIn(bio, code, defaultCode).text,
    affiliation: textIn(affiliation, code, defaultCode).text,
    ...(location === undefined ? {} : { location: textIn(location, code, defaultCode).text }),
  };
}
