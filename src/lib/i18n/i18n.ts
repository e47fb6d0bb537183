import en from '../../i18n/en.ts';
import zh from '../../i18n/zh.ts';

/** The name of an interface string, e.g. `skip.link`: every key of src/i18n/en.ts. */
export type StringKey = keyof typeof en;
/** A language's interface strings: a value for every key. */
export type InterfaceStrings = Record<StringKey, string>;
/** What fills a string's holes: `{ count: 12 }` for `All {count} publications`. */
export type StringValues = Record<string, string | number>;
/** Looks up an interface string in one language and fills its holes. */
export type Translate = (key: StringKey, values?: StringValues) => string;

/** The interface strings of every language the engine speaks, by code; a new language's file is added here. */
export const INTERFACE_STRINGS: Readonly<Record<string, Partial<Record<string, string>>>> = {
  en,
  zh,
};

/** Every key, in the order src/i18n/en.ts lists them. */
export const STRING_KEYS = Object.keys(en) as StringKey[];

/** The holes of a string, sorted: `{title}, {year}` → `['title', 'year']`. */
const holes = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

/**
 * Why the interface cannot be shown in `code`, one line per problem: no file for the language,
 * a key missing or empty in it, a key that is no interface string (a typo would otherwise leave
 * the real key's absence as the only clue), or holes that differ from the English ones (a value
 * would be lost, or a page would fail to fill it). Each line names the key and the language, so
 * that an untranslated word is a build error, never English leaking into a Chinese page.
 */
export function interfaceStringProblems(
  code: string,
  dictionaries: Readonly<Record<string, Partial<Record<string, string>>>> = INTERFACE_STRINGS,
): string[] {
  const strings = dictionaries[code];
  if (strings === undefined) {
    return [
      `src/i18n/${code}.ts: the language "${code}" has no interface strings; copy src/i18n/en.ts to src/i18n/${code}.ts, translate it and list it in src/lib/i18n/i18n.ts.`,
    ];
  }
  const file = `src/i18n/${code}.ts`;
  const missing = STRING_KEYS.filter(
    (key) => typeof strings[key] !== 'string' || strings[key].trim() === '',
  ).map(
    (key) =>
      `${file}: the interface string "${key}" is missing for the language "${code}"; add it (the English is "${en[key]}").`,
  );
  const unknown = Object.keys(strings)
    .filter((key) => !Object.hasOwn(en, key))
    .map(
      (key) =>
        `${file}: "${key}" is not an interface string (the language "${code}"); the keys are those of src/i18n/en.ts.`,
    );
  const misfilled = STRING_KEYS.filter(
    (key) =>
      typeof strings[key] === 'string' && holes(strings[key]).join() !== holes(en[key]).join(),
  ).map(
    (key) =>
      `${file}: the interface string "${key}" for the language "${code}" has the holes ${JSON.stringify(holes(strings[key]!))}; keep those of the English "${en[key]}".`,
  );
  return [...missing, ...unknown, ...misfilled];
}

/** `All {count} publications` with `{ count: 12 }` → `All 12 publications`; a hole without a value is an error. */
export function fillString(template: string, values: StringValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`The interface string "${template}" needs a value for {${name}}.`);
    return String(value);
  });
}

/** The lookup for one language; throws the problems above when its strings are incomplete. */
export function translator(
  code: string,
  dictionaries: Readonly<Record<string, Partial<Record<string, string>>>> = INTERFACE_STRINGS,
): Translate {
  const problems = interfaceStringProblems(code, dictionaries);
  if (problems.length > 0)
    throw new Error(
      `Interface strings are missing or wrong:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  const strings = dictionaries[code] as InterfaceStrings;
  return (key, values) => fillString(strings[key], values);
}
