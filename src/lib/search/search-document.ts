import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { fromParse5 } from '#lib/markdown/math.ts';
import { mathMlText } from '#lib/markdown/math-plain-text.ts';
import { SEARCH_KINDS, type SearchEntry, type SearchKind } from './search-entry.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** An item of a list page (a talk, a news item) as a record of its own in the index. */
export interface SearchRecord extends SearchEntry {
  /** Its title, or for a news item its first words. */
  title: string;
  /** Where the result leads, from the site's root (Pagefind adds the base): `/talks/#tidal-poster23`. */
  url: string;
  /** Its text, formulas as plain text. */
  content: string;
}

/** A built page as the index reads it. */
export interface SearchDocument {
  /** The page's `<html lang>`: the index it belongs to. */
  language: string;
  /** The page with each formula replaced by its plain text, so that neither MathML's pieces nor TeX reach an excerpt. */
  html: string;
  /** The talks and news items the page lists, each its own result. */
  records: SearchRecord[];
}

/** Elements whose text runs on with the next; every other element ends a word. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) =>
  element.attrs.find((attr) => attr.name === name)?.value;
const isKind = (value: string | undefined): value is SearchKind =>
  (SEARCH_KINDS as readonly string[]).includes(value ?? '');

function formulaText(element: Element): string {
  const tree = fromParse5(element, '<math>');
  return tree ? mathMlText(tree) : '';
}

/** The text a reader sees in `node`, formulas as plain text; without dates when `dated` is false. */
function textOf(node: Node, dated = true): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!isElement(node)) return '';
  if (node.tagName === 'math') return formulaText(node);
  if (node.tagName === 'time' && !dated) return '';
  const inner = node.childNodes.map((child) => textOf(child, dated)).join('');
  return INLINE.has(node.tagName) ? inner : ` ${inner} `;
}

function* elements(node: Node): Generator<Element> {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!isElement(child)) continue;
    yield child;
    if (child.tagName !== 'math') yield* elements(child);
  }
}

/**
 * Reads a built page for the index: its language, its HTML with formulas as text, and a record
 * for each element marked by `searchRecordAttributes`. Throws, naming the page, when a marked
 * element says no kind or title: an item the page lists must not drop out of the index in silence.
 */
export function readSearchDocument(html: string, page: string): SearchDocument {
  const tree = parse(html, { sourceCodeLocationInfo: true });
  let language = '';
  const formulas: { start: number; end: number; text: string }[] = [];
  const records: SearchRecord[] = [];
  for (const element of elements(tree)) {
    if (element.tagName === 'html') language = attribute(element, 'lang') ?? '';
    const where = element.sourceCodeLocation;
    if (element.tagName === 'math' && where)
      formulas.push({ start: where.startOffset, end: where.endOffset, text: formulaText(element) });
    const url = attribute(element, 'data-search-record');
    if (url === undefined) continue;
    const kind = attribute(element, 'data-search-kind');
    if (!isKind(kind))
      throw new Error(
        `${page}: an item marked for search (${url}) has no kind (one of ${SEARCH_KINDS.join(', ')})`,
      );
    const content = textOf(element).replace(/\s+/g, ' ').trim();
    records.push({
      url,
      kind,
      // A news item has no title: its first words stand for one (its date is its byline).
      title:
        attribute(element, 'data-search-title') ||
        firstWords(textOf(element, false).replace(/\s+/g, ' ').trim()),
      byline: attribute(element, 'data-search-byline'),
      year: attribute(element, 'data-search-year'),
      content,
    });
  }
  let rewritten = '';
  let from = 0;
  for (const formula of formulas) {
    rewritten += `${html.slice(from, formula.start)}${escapeText(formula.text)}`;
    from = formula.end;
  }
  return { language, html: wordBreaks(rewritten + html.slice(from)), records };
}

/**
 * The page with a space before the end of each term, definition and table cell: Pagefind runs
 * their text together (`VenueMobiSysPublished2023`), and a reader searches for the words.
 */
export const wordBreaks = (html: string): string => html.replace(/<\/(dt|dd|td|th)>/gi, ' $&');

/** The start of `text`, cut at a word (or, in Chinese, a character) near 80 characters. */
function firstWords(text: string): string {
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
