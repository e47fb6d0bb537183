import { parse, type Creator, type Entry, type Library } from '@retorquere/bibtex-parser';

/** A person or organisation as the parser splits it: `{ lastName, firstName, prefix?, suffix? }`, or `{ name }` for a braced literal. */
export type BibCreator = Pick<Creator, 'name' | 'lastName' | 'firstName' | 'prefix' | 'suffix'>;

/** One BibTeX record, decoded: LaTeX accents and braces resolved, the parser's markup removed. */
export interface BibRecord {
  key: string;
  /** The entry type, lower case: `inproceedings`, `article`, … */
  type: string;
  /** Every field as plain text, names lower case. List fields (publisher, institution, …) are joined with " and ". */
  fields: Record<string, string>;
  authors: BibCreator[];
  /** LaTeX commands the parser did not know; they were dropped, their arguments kept as text. */
  unknownCommands: string[];
}

/** A record that could not be read, with the parser's reason. `key` is absent when even the key was unreadable. */
export interface BrokenRecord {
  key?: string;
  reason: string;
}

export interface BibSource {
  records: BibRecord[];
  broken: BrokenRecord[];
  /** Problems the parser reported that belong to no particular record, e.g. an unknown `@string`. */
  warnings: string[];
}

/** The markup the parser writes for `\emph`, `\textbf`, `\url`, paragraphs, …; everything else is text. */
const MARKUP = /<\/?(?:i|b|em|strong|sup|sub|code|sc|nc|a|span|blockquote|ul|ol|li|br|enquote)(?:\s[^<>]*)?\/?>/gi;

/** The parser's rich text (`<i>`, `<p>`, …) as plain text; paragraphs become blank lines, other spacing is collapsed. */
export function plainFromMarkup(value: string): string {
  return value
    .split(/<\/?p>/i)
    .map((paragraph) =>
      paragraph
        .replace(MARKUP, '')
        // `{\'\i}` gives a dotless i with an accent: write it as the accented letter people type.
        .replace(/ı(?=\p{M})/gu, 'i')
        .replace(/ȷ(?=\p{M})/gu, 'j')
        .normalize('NFC')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** The keys of a file's records, in the order they are written (for reporting in that order); `%` comment lines, `@comment`, `@string` and `@preamble` are not records. */
export function keysInOrder(text: string): string[] {
  const uncommented = text.replace(/^[ \t]*%.*$/gm, '');
  return [...uncommented.matchAll(/@\s*([A-Za-z]+)\s*[{(]\s*([^,\s{}()]+)\s*,/g)]
    .filter((match) => !/^(comment|string|preamble)$/i.test(match[1] ?? ''))
    .map((match) => match[2] ?? '');
}

/** `@inproceedings{melon22,` → `melon22`: the key at the start of a record's source text. */
export function keyOfSource(source: string): string | undefined {
  return /^\s*@\s*[A-Za-z]+\s*[{(]\s*([^,\s{}()]+)\s*,/.exec(source)?.[1];
}

function creatorsOf(value: unknown): BibCreator[] {
  if (!Array.isArray(value)) return [];
  return value.map((creator: Creator) => {
    const clean = (text: string | undefined) => (text === undefined ? undefined : plainFromMarkup(text));
    const result: BibCreator = {};
    for (const part of ['name', 'lastName', 'firstName', 'prefix', 'suffix'] as const) {
      const text = clean(creator[part]);
      if (text) result[part] = text;
    }
    return result;
  });
}

/**
 * In LaTeX text a bare `<` prints as `¡` (and `>` as `¿`), and the parser follows LaTeX; but an
 * abstract that says `latency <10 ms` means `<`. So bare angle brackets become `\textless{}`
 * and `\textgreater{}` before parsing; `unprotectAngles` undoes it where fields are taken
 * verbatim (url, doi, file).
 */
export function protectAngles(text: string): string {
  return text.replace(/(?<!\\)</g, '\\textless{}').replace(/(?<!\\)>/g, '\\textgreater{}');
}

const unprotectAngles = (value: string) => value.replace(/\\textless\{\}/g, '<').replace(/\\textgreater\{\}/g, '>');

function recordOf(entry: Entry, unknownCommands: string[]): BibRecord {
  const fields: Record<string, string> = {};
  let authors: BibCreator[] = [];
  for (const [name, value] of Object.entries(entry.fields)) {
    const field = name.toLowerCase();
    if (field === 'author') authors = creatorsOf(value);
    else if (Array.isArray(value)) fields[field] = value.map((item) => (typeof item === 'string' ? plainFromMarkup(item) : '')).filter(Boolean).join(' and ');
    else if (typeof value === 'string') fields[field] = plainFromMarkup(unprotectAngles(value));
  }
  return { key: entry.key, type: entry.type.toLowerCase(), fields, authors, unknownCommands };
}

function parseLibrary(text: string, unknown: Map<string, string[]>): Library {
  return parse(text, {
    sentenceCase: false,
    // Titles are kept as written: no sentence case, no case-protection markup.
    english: false,
    // Paragraphs of an abstract survive as <p>, which becomes a blank line.
    fieldMode: { abstract: 'richtext' },
    unsupported: (_node, tex, entry) => {
      const commands = unknown.get(entry.key) ?? [];
      if (!commands.includes(tex)) commands.push(tex);
      unknown.set(entry.key, commands);
      return '';
    },
  });
}

/**
 * Reads a BibTeX file as exported by Google Scholar, DBLP, ACM, IEEE or Zotero. Records the
 * parser could not read are returned in `broken` with its reason, never half-converted. When
 * the parser gives up on the whole file, each record is read on its own so that one broken
 * record does not hide the others.
 */
export function readBibtex(source: string): BibSource {
  const text = protectAngles(source);
  const unknown = new Map<string, string[]>();
  let libraries: { library?: Library; chunk: string; error?: string }[];
  try {
    libraries = [{ library: parseLibrary(text, unknown), chunk: text }];
  } catch {
    libraries = text
      .split(/^(?=[ \t]*@)/m)
      .filter((chunk) => /^\s*@/.test(chunk))
      .map((chunk) => {
        try {
          return { library: parseLibrary(chunk, unknown), chunk };
        } catch (error) {
          return { chunk, error: error instanceof Error ? error.message : String(error) };
        }
      });
  }

  const records: BibRecord[] = [];
  const broken: BrokenRecord[] = [];
  const warnings: string[] = [];
  for (const { library, chunk, error } of libraries) {
    if (!library) {
      const key = keyOfSource(chunk);
      broken.push({ ...(key ? { key } : {}), reason: error ?? 'unreadable' });
      continue;
    }
    const reasons = new Map<string | undefined, string[]>();
    for (const problem of library.errors) {
      const key = keyOfSource(problem.input ?? '');
      reasons.set(key, [...(reasons.get(key) ?? []), problem.error]);
    }
    for (const [key, messages] of reasons) {
      if (key === undefined) warnings.push(...messages);
      else broken.push({ key, reason: messages.join('; ') });
    }
    for (const entry of library.entries) {
      if (reasons.has(entry.key)) continue;
      records.push(recordOf(entry, unknown.get(entry.key) ?? []));
    }
  }
  // A record the parser swallowed without a word (say, after an unclosed brace) is still reported.
  const accounted = [...records.map((record) => record.key), ...broken.flatMap((record) => (record.key ? [record.key] : []))];
  for (const key of keysInOrder(source)) {
    const index = accounted.indexOf(key);
    if (index >= 0) accounted.splice(index, 1);
    else broken.push({ key, reason: 'the parser skipped it: look for an unclosed brace or quote in it or in the record before it' });
  }
  return { records, broken, warnings };
}
