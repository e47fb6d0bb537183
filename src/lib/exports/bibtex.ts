import type { AuthorInput, Publication } from '../../schemas/publication.ts';
import { authorName } from '../publications/authors.ts';
import { splitMath } from '../markdown/math.ts';
import { splitName } from '../text/names.ts';
import { pageRange, paperUrl, type PublicationEntry } from '../publications/publications.ts';
import { foldText, isStopWord } from '../text/text-folding.ts';

const BIBTEX_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** The characters LaTeX reads as commands, written as the characters themselves; braces are `escapeLatex`'s own case. */
const LATEX_TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Bare `<` and `>` print as ¡ and ¿ in LaTeX's default fonts.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  // In braces, so that nothing that scans for `@type{key,` or `@type(key,` takes text for an entry.
  '@': '{@}',
};

/** Pairs TeX fonts set as one glyph (`--` → –, `''` → ”, `!`` → ¡): `{}` between the two keeps both characters. */
const LIGATURES = new Set(['--', "''", '``', ',,', '!`', '?`']);

/** The positions of the braces that pair up (`{` with a later `}`), reading left to right. */
function pairedBraces(chars: readonly string[]): Set<number> {
  const open: number[] = [];
  const paired = new Set<number>();
  chars.forEach((char, index) => {
    if (char === '{') open.push(index);
    if (char === '}' && open.length > 0) paired.add(open.pop()!).add(index);
  });
  return paired;
}

/** One character of text in LaTeX; `paired` says whether a brace has a partner. */
function latexChar(char: string, paired: boolean): string {
  if (char === '{') return paired ? '\\{' : '\\textbraceleft{}';
  if (char === '}') return paired ? '\\}' : '\\textbraceright{}';
  return LATEX_TEXT[char] ?? char;
}

/**
 * Text as a BibTeX value, in LaTeX: special characters as the commands that print them, so that
 * titles such as `5% & $x_1$` survive, and the braces of the result always balance. That is what
 * keeps a value inside its field: BibTeX counts braces without regard to backslashes, so a brace
 * in the text becomes `\{`/`\}` only when it has a partner, else `\textbraceleft{}`/`\textbraceright{}`.
 * Runs of white space become one space, as BibTeX reads them anyway (a blank line would end a
 * LaTeX paragraph, and a line starting with `@` looks like a new entry to line-based readers).
 */
export function escapeLatex(text: string): string {
  const chars = [...text.replace(/[ \t\n\r]+/g, ' ')];
  const paired = pairedBraces(chars);
  return chars
    .map((char, index) => {
      const escaped = latexChar(char, paired.has(index));
      return LIGATURES.has(char + (chars[index + 1] ?? '')) ? `${escaped}{}` : escaped;
    })
    .join('');
}

/**
 * Text as one item of a BibTeX name list (`author`, `publisher`, `institution`, `school`): escaped,
 * and every word `and` braced, since BibTeX splits such lists at a bare `and`.
 */
export function escapeListItem(text: string): string {
  return escapeLatex(text).replace(/(?<=^|\s)and(?=\s|$)/gi, '{$&}');
}

/**
 * A DOI, URL or arXiv id as a BibTeX value. These fields are read verbatim (biblatex does not
 * decode `\{` in a URL), so what could break the entry is percent-encoded, as URLs write it
 * anyway: braces, backslashes, white space and control characters, and `$`, which some readers
 * take for mathematics even here.
 */
export function escapeVerbatim(value: string): string {
  return value.replace(/[{}\\$\s\p{Cc}]/gu, (char) => encodeURIComponent(char));
}

/**
 * Braces words whose capitals must survive a bibliography style that lowercases titles:
 * acronyms and inner capitals (`{LLM}`, `{MobiSys}`, `{DNN}`), not ordinary capitalised words.
 */
export function protectCapitals(escapedTitle: string): string {
  return escapedTitle
    .split(/(\s+)/)
    .map((word) =>
      /^[^\s]*\p{Lu}/u.test(word.slice(1)) && !word.startsWith('\\') ? `{${word}}` : word,
    )
    .join('');
}

/** True when the braces of `tex` pair up as BibTeX counts them: with no regard to backslashes. */
function bracesBalance(tex: string): boolean {
  let depth = 0;
  for (const char of tex) {
    depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A title as a BibTeX value: its text escaped (`escapeLatex`) with capitals protected, and each
 * formula kept as the TeX it is, `{$O(n^2)$}`, so LaTeX typesets it as the site does. The braces
 * stop a style that lowercases titles from lowercasing the formula. A formula whose braces do not
 * pair up as BibTeX counts them (`$\{x$` is valid TeX) could end the field, so it is escaped as
 * text instead; `@` is braced and white space made one space, as in text.
 */
export function bibtexTitle(title: string): string {
  return splitMath(title)
    .map((segment) => {
      if (segment.kind === 'text') return protectCapitals(escapeLatex(segment.text));
      const tex = segment.tex.replace(/[ \t\n\r]+/g, ' ').replace(/@/g, '{@}');
      return bracesBalance(segment.tex)
        ? `{$${tex}$}`
        : protectCapitals(escapeLatex(`$${segment.tex}$`));
    })
    .join('');
}

/** `Qipeng Wang` → `Wang, Qipeng`: the last word is the family name; names already written `Last, First` are kept. */
export function bibtexName(name: string): string {
  const trimmed = name.trim();
  const parts = splitName(trimmed);
  return trimmed.includes(',') || parts === undefined ? trimmed : `${parts.family}, ${parts.given}`;
}

/** True for an author whose name is one whole (`literal: true`, e.g. an organisation), never split into given and family names. */
export const isLiteralName = (author: AuthorInput): boolean =>
  typeof author !== 'string' && author.literal === true;

/** One author as BibTeX lists them: `Wang, Qipeng`; a literal name whole, in braces, `{Alice and Bob}`. */
export function bibtexAuthor(author: AuthorInput): string {
  const name = authorName(author);
  return isLiteralName(author) ? `{${escapeLatex(name)}}` : escapeListItem(bibtexName(name));
}

/** Lowercase ASCII letters and digits only, for keys: `Łukasz Ñandú` → `lukasznandu`. */
const asciiFold = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');

/** The default key: first author's family name, year, first meaningful title word, e.g. `wang2022melon`. */
export function defaultCitationKey(data: Publication): string {
  const firstAuthor = data.authors[0];
  const name = firstAuthor === undefined ? '' : authorName(firstAuthor);
  const family = asciiFold(splitName(name)?.family ?? name) || 'anon';
  const titleWord =
    data.title.split(/[^\p{L}\p{N}]+/u).find((word) => word && !isStopWord(word)) ?? '';
  return `${family}${data.date.year}${asciiFold(titleWord)}`;
}

/**
 * A stable key per entry: the entry's own `citationKey`, else the default key, with `a`, `b`, …
 * appended (in the author's order) where two papers would share one.
 */
export function assignCitationKeys(entries: readonly PublicationEntry[]): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set(
    entries.flatMap((entry) => (entry.data.citationKey ? [entry.data.citationKey] : [])),
  );
  const wanted = new Map<string, PublicationEntry[]>();
  for (const entry of entries) {
    if (entry.data.citationKey) {
      keys.set(entry.id, entry.data.citationKey);
      continue;
    }
    const key = defaultCitationKey(entry.data);
    wanted.set(key, [...(wanted.get(key) ?? []), entry]);
  }
  for (const [key, group] of wanted) {
    const ordered = [...group].sort(
      (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
    );
    ordered.forEach((entry, index) => {
      let candidate =
        group.length === 1 && !taken.has(key) ? key : `${key}${String.fromCharCode(97 + index)}`;
      while (taken.has(candidate)) candidate += 'x';
      taken.add(candidate);
      keys.set(entry.id, candidate);
    });
  }
  const explicit = entries.filter((entry) => entry.data.citationKey);
  const seen = new Map<string, string>();
  for (const entry of explicit) {
    const other = seen.get(entry.data.citationKey!);
    if (other)
      throw new Error(
        `citationKey "${entry.data.citationKey}" is used by both ${other} and ${entry.id}; each paper needs its own.`,
      );
    seen.set(entry.data.citationKey!, entry.id);
  }
  return keys;
}

export type BibtexType =
  'inproceedings' | 'article' | 'misc' | 'phdthesis' | 'incollection' | 'techreport';

/** The entry type a reference manager expects for each kind of publication. */
export function bibtexType(data: Publication): BibtexType {
  switch (data.type) {
    case 'conference':
    case 'workshop':
      return 'inproceedings';
    case 'journal':
      return 'article';
    case 'thesis':
      return 'phdthesis';
    case 'chapter':
      return 'incollection';
    case 'report':
      return 'techreport';
    default:
      return 'misc';
  }
}

/** One BibTeX entry, fields in a conventional order, values escaped for LaTeX. */
export function toBibtex(entry: PublicationEntry, key: string): string {
  const { data } = entry;
  const type = bibtexType(data);
  const venueName = data.venue.name ?? data.venue.short;
  const venue = escapeLatex(venueName);
  const url = paperUrl(data);
  const fields: [string, string | undefined][] = [
    ['author', data.authors.map(bibtexAuthor).join(' and ')],
    ['title', bibtexTitle(data.title)],
    ['booktitle', type === 'inproceedings' || type === 'incollection' ? venue : undefined],
    // ACM's convention for the label (`series = {MobiSys '22}`), which the importer reads back as venue.short.
    [
      'series',
      type === 'inproceedings' && data.venue.name ? escapeLatex(data.venue.short) : undefined,
    ],
    ['journal', type === 'article' ? venue : undefined],
    ['school', type === 'phdthesis' ? escapeListItem(venueName) : undefined],
    [
      'institution',
      type === 'techreport' ? escapeListItem(data.publisher ?? venueName) : undefined,
    ],
    ['howpublished', type === 'misc' && !data.arxiv ? venue : undefined],
    ['year', String(data.date.year)],
    ['month', data.date.month ? BIBTEX_MONTHS[data.date.month - 1] : undefined],
    ['volume', data.volume && escapeLatex(data.volume)],
    ['number', data.issue && escapeLatex(data.issue)],
    // The schema lets only a letter and digits into a page: nothing to escape.
    ['pages', data.pages && pageRange(data.pages, '--')],
    [
      'publisher',
      type !== 'techreport' && data.publisher ? escapeListItem(data.publisher) : undefined,
    ],
    ['doi', data.doi && escapeVerbatim(data.doi)],
    ['eprint', data.arxiv && escapeVerbatim(data.arxiv)],
    ['archivePrefix', data.arxiv ? 'arXiv' : undefined],
    ['url', url && escapeVerbatim(url)],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`));
  return `@${type}{${key},\n${body.join(',\n')}\n}\n`;
}

/** The whole bibliography, in the given order, with the given keys (by default, assigned here). */
export function toBibliography(
  entries: readonly PublicationEntry[],
  keys: Map<string, string> = assignCitationKeys(entries),
): string {
  return entries.map((entry) => toBibtex(entry, keys.get(entry.id)!)).join('\n');
}
