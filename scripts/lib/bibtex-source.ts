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

/** A record that was not read, with the reason as the report says it. `key` is absent when even the key was unreadable. */
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
const MARKUP =
  /<\/?(?:i|b|em|strong|sup|sub|code|sc|nc|a|span|blockquote|ul|ol|li|br|enquote)(?:\s[^<>]*)?\/?>/gi;

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

/** One `@type{…}` block of a .bib file as written, found without parsing its fields. */
export interface RawBlock {
  /** Lower case: `inproceedings`, `comment`, `string`, … */
  type: string;
  /** The key, for a record; `undefined` for `@comment`, `@string` and `@preamble`, or when unreadable. */
  key: string | undefined;
  text: string;
  /** Where it starts and ends in the file. */
  start: number;
  end: number;
}

/** A .bib file larger than this is not read: a library of thousands of papers, abstracts included, is a few MB. */
export const MAX_BIB_BYTES = 50 * 1024 * 1024;

/** A record larger than this is not read: a real paper's record, abstract included, is a few KB. */
export const MAX_RECORD_BYTES = 64 * 1024;

const NOT_RECORDS = /^(comment|string|preamble)$/;

/** The first number in the sorted `list` at or after `from`, or undefined. */
function firstFrom(list: readonly number[] | undefined, from: number): number | undefined {
  if (!list) return undefined;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return list[low];
}

/**
 * The blocks of a .bib file in order, cut where BibTeX cuts them: from an `@type{` (or
 * `@type(`) outside any block to its matching close, counting braces. A block that never closes
 * ends where the next starts at the beginning of a line. `%` lines outside blocks are comments.
 * Linear in the file's size whatever it holds: where each block closes, and where each line
 * starts a block, is found in one pass before any block is cut (scanning to the end for every
 * unclosed block, or back to the line start for every `@`, took minutes for a file of 700 KB).
 */
export function splitBlocks(text: string): RawBlock[] {
  // Every `}` and `)` by the brace depth before it: a block whose body starts at depth d closes at
  // the first `}` (or, for `@type(`, `)`) after it at depth d.
  const closers = { '}': new Map<number, number[]>(), ')': new Map<number, number[]>() };
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{') depth++;
    else if (char === '}' || char === ')') {
      const byDepth = closers[char];
      const list = byDepth.get(depth);
      if (list) list.push(index);
      else byDepth.set(depth, [index]);
      if (char === '}') depth--;
    }
  }
  const restarts = [...text.matchAll(/^[ \t]*@\s*[A-Za-z]+\s*[{(]/gm)].map((match) => match.index);
  const restartHere = /[ \t]*@\s*[A-Za-z]+\s*[{(]/y;
  // The brace depth before `index`, for indexes that only grow.
  let depthIndex = 0;
  let depthBefore = 0;
  const depthAt = (index: number) => {
    for (; depthIndex < index; depthIndex++) {
      if (text[depthIndex] === '{') depthBefore++;
      else if (text[depthIndex] === '}') depthBefore--;
    }
    return depthBefore;
  };
  // Whether the line holding `index` starts with `%`, for indexes that only grow.
  const startsWithPercent = (lineStart: number) => {
    let first = lineStart;
    while (text[first] === ' ' || text[first] === '\t') first++;
    return text[first] === '%';
  };
  let lineIndex = 0;
  let commentLine = startsWithPercent(0);
  const inCommentLine = (index: number) => {
    for (; lineIndex < index; lineIndex++)
      if (text[lineIndex] === '\n') commentLine = startsWithPercent(lineIndex + 1);
    return commentLine;
  };
  const blocks: RawBlock[] = [];
  const start = /@\s*([A-Za-z]+)\s*([{(])/y;
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('@', at);
    if (next < 0) break;
    if (inCommentLine(next)) {
      at = text.indexOf('\n', next) < 0 ? text.length : text.indexOf('\n', next) + 1;
      continue;
    }
    start.lastIndex = next;
    const opening = start.exec(text);
    if (!opening) {
      at = next + 1;
      continue;
    }
    const body = start.lastIndex;
    const close = firstFrom(closers[opening[2] === '(' ? ')' : '}'].get(depthAt(body)), body);
    let end = close === undefined ? text.length : close + 1;
    // An unclosed block ends where the next one starts on a line of its own, as parsers recover.
    if (close === undefined) {
      restartHere.lastIndex = body;
      const restart = restartHere.test(text) ? body : firstFrom(restarts, body);
      if (restart !== undefined) end = restart;
    }
    const type = (opening[1] ?? '').toLowerCase();
    const blockText = text.slice(next, end);
    blocks.push({
      type,
      key: NOT_RECORDS.test(type) ? undefined : keyOfSource(blockText),
      text: blockText,
      start: next,
      end,
    });
    at = end;
  }
  return blocks;
}

/**
 * The keys of a file's records, in the order they are written (for reporting in that order);
 * `%` comment lines, `@comment`, `@string` and `@preamble` are not records.
 */
export function keysInOrder(text: string): string[] {
  return splitBlocks(text).flatMap((block) =>
    NOT_RECORDS.test(block.type) ? [] : [block.key ?? ''],
  );
}

/** `@inproceedings{melon22,` → `melon22`: the key at the start of a record's source text. */
export function keyOfSource(source: string): string | undefined {
  return /^\s*@\s*[A-Za-z]+\s*[{(]\s*([^,\s{}()]+)\s*,/.exec(source)?.[1];
}

function creatorsOf(value: unknown): BibCreator[] {
  if (!Array.isArray(value)) return [];
  return value.map((creator: Creator) => {
    const clean = (text: string | undefined) =>
      text === undefined ? undefined : plainFromMarkup(text);
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

const unprotectAngles = (value: string) =>
  value.replace(/\\textless\{\}/g, '<').replace(/\\textgreater\{\}/g, '>');

/** Fields whose formulas the site typesets (src/lib/markdown/math.ts): they keep their TeX. */
const MATH_FIELDS = ['title', 'abstract'] as const;

/** A placeholder of letters only, which the parser passes through as a word. */
const placeholder = (index: number) =>
  `ZQFORMULA${[...String(index)].map((digit) => String.fromCharCode(65 + Number(digit))).join('')}QZ`;

/**
 * BibTeX is LaTeX: every `$` not escaped as `\$` opens or closes a formula (`{$>$}20 GB`), unlike
 * the site's rule for dollars in text (src/lib/markdown/math.ts). Text runs are returned as written.
 */
function latexSegments(
  raw: string,
): ({ kind: 'text'; raw: string } | { kind: 'math'; tex: string; display: boolean })[] {
  const segments: (
    { kind: 'text'; raw: string } | { kind: 'math'; tex: string; display: boolean }
  )[] = [];
  let start = 0;
  let index = 0;
  while (index < raw.length) {
    if (raw[index] === '\\') {
      index += 2;
      continue;
    }
    if (raw[index] !== '$') {
      index += 1;
      continue;
    }
    const delimiter = raw.startsWith('$$', index) ? '$$' : '$';
    let end = index + delimiter.length;
    while (end < raw.length && !raw.startsWith(delimiter, end)) end += raw[end] === '\\' ? 2 : 1;
    // An unclosed formula: the parser reports it; the rest is left as text.
    if (end >= raw.length) break;
    if (index > start) segments.push({ kind: 'text', raw: raw.slice(start, index) });
    segments.push({
      kind: 'math',
      tex: raw.slice(index + delimiter.length, end).trim(),
      display: delimiter === '$$',
    });
    index = end + delimiter.length;
    start = index;
  }
  if (start < raw.length) segments.push({ kind: 'text', raw: raw.slice(start) });
  return segments;
}

/**
 * A title or abstract with its formulas kept as TeX between dollars, as the site typesets them:
 * the parser decodes the text around them (accents, `\%`), and a dollar sign of the text is
 * written `\$`, so that the site does not take it for a formula. A formula right before a digit
 * (`$>$20 GB`) gets a space after it, since the site's rule would not close it there. Fields
 * whose text does not parse on its own are left as the parser decoded them.
 */
function withFormulas(
  raw: Partial<Record<(typeof MATH_FIELDS)[number], string>>,
): Partial<Record<(typeof MATH_FIELDS)[number], string>> {
  const formulas: string[] = [];
  const rewritten: Record<string, string> = {};
  for (const field of MATH_FIELDS) {
    const value = raw[field];
    if (value === undefined) continue;
    // The parser's raw reading writes `$$…$$` as `\[…\]`.
    const segments = latexSegments(
      value.replace(/\\\[([\s\S]*?)\\\]/g, (_, tex: string) => `$$${tex}$$`),
    );
    if (!segments.some((segment) => segment.kind === 'math' && segment.tex)) continue;
    rewritten[field] = segments
      .map((segment) => {
        if (segment.kind === 'text') return segment.raw;
        if (!segment.tex) return '';
        formulas.push(
          segment.display
            ? `$$${unprotectAngles(segment.tex)}$$`
            : `$${unprotectAngles(segment.tex)}$`,
        );
        return placeholder(formulas.length - 1);
      })
      .join('');
  }
  if (formulas.length === 0) return {};
  let entry: Entry | undefined;
  try {
    const body = Object.entries(rewritten).map(([field, value]) => `${field} = {${value}}`);
    entry = parseLibrary(`@misc{k, ${body.join(', ')}}`, new Map()).entries[0];
  } catch {
    return {};
  }
  const result: Partial<Record<(typeof MATH_FIELDS)[number], string>> = {};
  for (const field of MATH_FIELDS) {
    const value = entry?.fields[field];
    if (rewritten[field] === undefined || typeof value !== 'string') continue;
    const text = plainFromMarkup(value).replace(/\$/g, '\\$');
    const own = formulas.flatMap((formula, index) =>
      rewritten[field]!.includes(placeholder(index)) ? [{ formula, index }] : [],
    );
    // A placeholder the parser changed or lost means the text is not what was written: keep the parser's reading.
    if (own.some(({ index }) => !text.includes(placeholder(index)))) continue;
    const restored = own.reduce(
      (done, { formula, index }) =>
        done.replace(new RegExp(`${placeholder(index)}(?=(\\d)?)`), (_, digit) =>
          digit ? `${formula} ` : formula,
        ),
      text,
    );
    result[field] = restored;
  }
  return result;
}

function recordOf(
  entry: Entry,
  unknownCommands: string[],
  raw: Partial<Record<(typeof MATH_FIELDS)[number], string>> = {},
): BibRecord {
  const fields: Record<string, string> = {};
  let authors: BibCreator[] = [];
  for (const [name, value] of Object.entries(entry.fields)) {
    const field = name.toLowerCase();
    if (field === 'author') authors = creatorsOf(value);
    else if (Array.isArray(value))
      fields[field] = value
        .map((item) => (typeof item === 'string' ? plainFromMarkup(item) : ''))
        .filter(Boolean)
        .join(' and ');
    else if (typeof value === 'string') fields[field] = plainFromMarkup(unprotectAngles(value));
  }
  Object.assign(fields, withFormulas(raw));
  return { key: entry.key, type: entry.type.toLowerCase(), fields, authors, unknownCommands };
}

/** Each record's title and abstract as written, LaTeX undecoded, by key, in the order of the file. */
function rawMathFields(
  chunk: string,
): Map<string, Partial<Record<(typeof MATH_FIELDS)[number], string>>[]> {
  const byKey = new Map<string, Partial<Record<(typeof MATH_FIELDS)[number], string>>[]>();
  try {
    for (const entry of parse(chunk, { raw: true, sentenceCase: false, english: false }).entries) {
      const fields: Partial<Record<(typeof MATH_FIELDS)[number], string>> = {};
      for (const field of MATH_FIELDS) {
        const value = Object.entries(entry.fields).find(
          ([name]) => name.toLowerCase() === field,
        )?.[1];
        if (typeof value === 'string') fields[field] = value;
      }
      byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), fields]);
    }
  } catch {
    // Without the raw reading, formulas are decoded as the parser does (x²): nothing is lost but the TeX.
  }
  return byKey;
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

/** The most characters a `@string` may expand to: a journal's or a conference's name is a few dozen. */
export const MAX_STRING_LENGTH = 4 * 1024;

/**
 * How long a block's text becomes once the `@string`s it names are expanded (an upper bound: a
 * field's name that is also a @string's counts too), and for a `@string`, its name. One linear
 * pass, with the lengths of the @strings defined before it; never the expansion itself.
 */
export function expandedLength(
  block: RawBlock,
  macros: ReadonlyMap<string, number>,
): { length: number; name?: string } {
  const text = block.text;
  const open = text.search(/[{(]/);
  let length = 0;
  let name: string | undefined;
  let index = open + 1;
  const identifier = /[A-Za-z_][\w:.+/'-]*/y;
  // The block's own closing brace is not part of it.
  const last = /[})]$/.test(text) ? text.length - 1 : text.length;
  while (index < last) {
    const char = text[index]!;
    if (char === '{' || char === '"') {
      // A braced or quoted value is copied as it is: its own length.
      let depth = 0;
      let end = index + 1;
      for (; end < text.length; end++) {
        const inner = text[end];
        if (inner === '{') depth++;
        else if (inner === '}') {
          if (depth === 0 && char === '{') break;
          depth--;
        } else if (inner === '"' && char === '"' && depth === 0) break;
      }
      length += end - index - 1;
      index = end + 1;
      continue;
    }
    identifier.lastIndex = index;
    const word = identifier.exec(text);
    if (word) {
      if (block.type === 'string' && name === undefined) name = word[0];
      else length += macros.get(word[0].toLowerCase()) ?? word[0].length;
      index = identifier.lastIndex;
      continue;
    }
    // Separators (`#`, `=`, spaces) are not copied; a record's commas are few.
    if (!/[\s#=]/.test(char)) length += 1;
    index++;
  }
  return name === undefined ? { length } : { length, name };
}

/**
 * Reads a BibTeX file as exported by Google Scholar, DBLP, ACM, IEEE or Zotero. Records the
 * parser could not read are returned in `broken` with its reason, never half-converted. When
 * the parser gives up on the whole file, each record is read on its own so that one broken
 * record does not hide the others.
 */
export function readBibtex(source: string): BibSource {
  const tooLarge: BrokenRecord[] = [];
  const warnings: string[] = [];
  // Blocks left out are blanked to their line breaks, so the parser's line numbers stay the file's.
  let kept = '';
  let from = 0;
  const macros = new Map<string, number>();
  for (const block of splitBlocks(source)) {
    const bytes = Buffer.byteLength(block.text);
    // What the parser would make of the block once every @string in it is expanded: chained
    // @strings double at each step (five lines make a gigabyte), so the size is counted first.
    const expanded = expandedLength(block, macros);
    const longString =
      block.type === 'string' && expanded.name !== undefined && expanded.length > MAX_STRING_LENGTH;
    if (longString) {
      warnings.push(
        `@string ${expanded.name} would expand to ${expanded.length.toLocaleString('en')} characters, over the ${MAX_STRING_LENGTH.toLocaleString('en')} a @string may have (a journal's name is a few dozen), so it was not read`,
      );
    } else if (block.type === 'string' && expanded.name !== undefined)
      macros.set(expanded.name.toLowerCase(), expanded.length);
    // A comment is not a record, and what it holds (even text that looks like one) is never read.
    const leaveOut =
      block.type === 'comment' ||
      longString ||
      bytes > MAX_RECORD_BYTES ||
      expanded.length > MAX_RECORD_BYTES;
    if (!leaveOut) continue;
    if (block.type !== 'comment' && !longString) {
      const reason =
        bytes > MAX_RECORD_BYTES
          ? `it is ${Math.ceil(bytes / 1024).toLocaleString('en')} KB, over the ${MAX_RECORD_BYTES / 1024} KB a record may have (a real one is a few KB), so it was not read`
          : `its @strings would expand it to ${Math.ceil(expanded.length / 1024).toLocaleString('en')} KB, over the ${MAX_RECORD_BYTES / 1024} KB a record may have, so it was not read`;
      tooLarge.push({ ...(block.key ? { key: block.key } : {}), reason });
    }
    kept += source.slice(from, block.start) + block.text.replace(/[^\n]/g, '');
    from = block.end;
  }
  kept += source.slice(from);
  const text = protectAngles(kept);
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

  const read: BibRecord[] = [];
  const broken: BrokenRecord[] = [...tooLarge];
  const unreadable = (reason: string) => `the BibTeX could not be read: ${reason}`;
  for (const { library, chunk, error } of libraries) {
    if (!library) {
      const key = keyOfSource(chunk);
      broken.push({ ...(key ? { key } : {}), reason: unreadable(error ?? 'unreadable') });
      continue;
    }
    const reasons = new Map<string | undefined, string[]>();
    for (const problem of library.errors) {
      const key = keyOfSource(problem.input ?? '');
      reasons.set(key, [...(reasons.get(key) ?? []), problem.error]);
    }
    for (const [key, messages] of reasons) {
      if (key === undefined) warnings.push(...messages);
      else broken.push({ key, reason: unreadable(messages.join('; ')) });
    }
    const raw = rawMathFields(chunk);
    for (const entry of library.entries) {
      if (reasons.has(entry.key)) continue;
      read.push(recordOf(entry, unknown.get(entry.key) ?? [], raw.get(entry.key)?.shift()));
    }
  }
  // A record the parser swallowed without a word (say, after an unclosed brace) is still reported.
  const accounted = [
    ...read.map((record) => record.key),
    ...broken.flatMap((record) => (record.key ? [record.key] : [])),
  ];
  for (const key of keysInOrder(source)) {
    const index = accounted.indexOf(key);
    if (index >= 0) accounted.splice(index, 1);
    else
      broken.push({
        key,
        reason: unreadable(
          'the parser skipped it: look for an unclosed brace or quote in it or in the record before it',
        ),
      });
  }
  return { records: read, broken, warnings };
}
