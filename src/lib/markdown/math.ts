import temml from 'temml';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

/*
 * Formulas in titles, abstracts and bodies, written in TeX between dollars, become MathML when
 * the site is built: browsers lay MathML out themselves (MathML Core), so a page needs no script,
 * web font or style sheet for it.
 */

/** A run of plain text, or a formula with its TeX (without the dollars). */
export type MathSegment =
  { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean };

/**
 * Splits text at its formulas, by pandoc's rule for dollars, so that prices stay prices:
 * `$$…$$` is a displayed formula; `$…$` is an inline one only when the opening `$` is not followed
 * by white space and the closing `$` is neither preceded by white space nor followed by a digit
 * (`costs $3 and $4` holds no formula); `\$` is a dollar sign. A `$` that opens nothing is text.
 */
export function splitMath(source: string): MathSegment[] {
  const segments: MathSegment[] = [];
  let text = '';
  let index = 0;
  const flush = () => {
    if (text) segments.push({ kind: 'text', text });
    text = '';
  };
  while (index < source.length) {
    const char = source[index]!;
    if (char === '\\' && source[index + 1] === '$') {
      text += '$';
      index += 2;
      continue;
    }
    if (char !== '$') {
      text += char;
      index += 1;
      continue;
    }
    if (source[index + 1] === '$') {
      const end = closingIndex(source, index + 2, '$$');
      const tex = end === undefined ? '' : source.slice(index + 2, end);
      if (end !== undefined && tex.trim()) {
        flush();
        segments.push({ kind: 'math', tex: tex.trim(), display: true });
        index = end + 2;
        continue;
      }
      text += '$$';
      index += 2;
      continue;
    }
    const end = /\s/.test(source[index + 1] ?? ' ')
      ? undefined
      : inlineClosingIndex(source, index + 1);
    if (end === undefined) {
      text += '$';
      index += 1;
      continue;
    }
    flush();
    segments.push({ kind: 'math', tex: source.slice(index + 1, end), display: false });
    index = end + 1;
  }
  flush();
  return segments;
}

/** Where `delimiter` next occurs from `from`, skipping TeX escapes such as `\$`. */
function closingIndex(source: string, from: number, delimiter: string): number | undefined {
  for (let index = from; index < source.length; index += 1) {
    if (source[index] === '\\') index += 1;
    else if (source.startsWith(delimiter, index)) return index;
  }
  return undefined;
}

/**
 * The `$` that closes an inline formula opened before `from`, by pandoc's rule. Like pandoc, an
 * inline formula stays within its paragraph, and a `$$` opens a displayed formula, never closes.
 */
function inlineClosingIndex(source: string, from: number): number | undefined {
  for (let index = from; index < source.length; index += 1) {
    if (source[index] === '\\') {
      index += 1;
      continue;
    }
    if (/^\n[^\S\n]*\n/.test(source.slice(index, index + 64))) return undefined;
    if (source.startsWith('$$', index)) return undefined;
    if (source[index] !== '$') continue;
    if (index > from && !/\s/.test(source[index - 1]!) && !/\d/.test(source[index + 1] ?? ''))
      return index;
  }
  return undefined;
}

/** True when `source` holds at least one formula. */
export const hasMath = (source: string): boolean =>
  splitMath(source).some((segment) => segment.kind === 'math');

/** TeX the converter could not read: `formula` is the TeX as written, between its dollars. */
export class MathError extends Error {
  readonly formula: string;
  /** What the converter found, e.g. `Undefined control sequence: \foo`. */
  readonly reason: string;
  constructor(formula: string, reason: string) {
    super(`cannot read the formula ${formula}: ${reason}`);
    this.name = 'MathError';
    this.formula = formula;
    this.reason = reason;
  }
}

/** A MathML element as plain data: what the pages, the MDX bodies and the plain text are all made from. */
export interface MathElement {
  tag: string;
  attributes: Record<string, string>;
  children: MathNode[];
}
export type MathNode = MathElement | { text: string };

/** The MathML Core elements a formula may hold: anything else means the converter went beyond plain mathematics. */
const MATHML_ELEMENTS = new Set([
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'mrow',
  'mfrac',
  'msqrt',
  'mroot',
  'mstyle',
  'merror',
  'mpadded',
  'mphantom',
  'msub',
  'msup',
  'msubsup',
  'munder',
  'mover',
  'munderover',
  'mmultiscripts',
  'mprescripts',
  'none',
  'mtable',
  'mtr',
  'mtd',
  'semantics',
  'annotation',
  'menclose',
]);

/**
 * The presentation attributes kept. Temml also writes `class` (for its own style sheet, which the
 * site does not load) and, for `\color`, `\boxed` and some accents, `style`, which the site's
 * Content-Security-Policy refuses: those are dropped, so colours and boxes do not show.
 */
const MATHML_ATTRIBUTES = new Set([
  'display',
  'displaystyle',
  'scriptlevel',
  'mathvariant',
  'stretchy',
  'fence',
  'separator',
  'form',
  'lspace',
  'rspace',
  'movablelimits',
  'symmetric',
  'largeop',
  'minsize',
  'maxsize',
  'accent',
  'accentunder',
  'width',
  'height',
  'depth',
  'voffset',
  'linethickness',
  'columnalign',
  'rowalign',
  'columnspacing',
  'rowspacing',
  'columnlines',
  'rowlines',
  'frame',
  'framespacing',
  'notation',
  'encoding',
]);

type Parse5Node = DefaultTreeAdapterMap['childNode'];

/** A `<math>` element parse5 read (the converter's output, or a built page's) as a MathML tree; `formula` names it in an error. */
export function fromParse5(node: Parse5Node, formula: string): MathNode | undefined {
  if (node.nodeName === '#text' && 'value' in node) return { text: node.value };
  if (!('tagName' in node)) return undefined;
  if (!MATHML_ELEMENTS.has(node.tagName))
    throw new MathError(formula, `it needs <${node.tagName}>, which is not MathML`);
  const attributes: Record<string, string> = {};
  for (const { name, value } of node.attrs)
    if (MATHML_ATTRIBUTES.has(name)) attributes[name] = value;
  const children = node.childNodes.flatMap((child) => fromParse5(child, formula) ?? []);
  return { tag: node.tagName, attributes, children };
}

/**
 * A formula as a MathML tree. `formula` is how the error names it (`$…$` as written). Throws a
 * `MathError` for TeX that does not parse or uses a command the converter does not know.
 */
export function mathTree(
  tex: string,
  display: boolean,
  formula = display ? `$$${tex}$$` : `$${tex}$`,
): MathElement {
  let markup: string;
  try {
    // trust: false keeps \href, \url, \class and \style out; strict: false accepts what TeX does.
    markup = temml.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      trust: false,
      annotate: false,
      xml: false,
    });
  } catch (error) {
    // Temml's message ends with the formula underlined on further lines: the first line says it all.
    const message = (error instanceof Error ? error.message : String(error))
      .trim()
      .split('\n')[0]!
      .trim()
      .replace(/:$/, '');
    // A few inputs (`x^` with nothing after it) crash the converter instead of failing to parse.
    throw new MathError(
      formula,
      error instanceof temml.ParseError
        ? message
        : `incomplete TeX (the converter failed: ${message})`,
    );
  }
  const [root] = parseFragment(markup).childNodes;
  const tree = root && fromParse5(root, formula);
  if (!tree || !('tag' in tree) || tree.tag !== 'math')
    throw new MathError(formula, 'the converter gave no <math> element');
  return tree;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A MathML tree as HTML. */
export function mathHtml(node: MathNode): string {
  if ('text' in node) return escapeHtml(node.text);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${node.tag}${attributes}>${node.children.map(mathHtml).join('')}</${node.tag}>`;
}

/**
 * Text with formulas (a title, one paragraph of an abstract) as HTML: the text escaped, each
 * formula as MathML. `inline` sets `$$…$$` in the line too: in a title a displayed formula would
 * break the heading in three.
 */
export function textWithMathHtml(source: string, inline = false): string {
  return splitMath(source)
    .map((segment) =>
      segment.kind === 'text'
        ? escapeHtml(segment.text)
        : mathHtml(mathTree(segment.tex, segment.display && !inline)),
    )
    .join('');
}

/** The first formula of `source` the converter cannot read, as a `MathError`; `undefined` when all read. */
export function findBadMath(source: string): MathError | undefined {
  for (const segment of splitMath(source)) {
    if (segment.kind !== 'math') continue;
    try {
      mathTree(segment.tex, segment.display);
    } catch (error) {
      if (error instanceof MathError) return error;
      throw error;
    }
  }
  return undefined;
}
