import { MathError, mathTree, splitMath, type MathElement, type MathNode } from './math.ts';

/*
 * Where a title becomes text (<title>, citation_title, og:title, JSON-LD, the feeds, CSL-JSON,
 * the CV), a formula is written in Unicode when Unicode can show it: `$O(n^2)$` → `O(n²)`,
 * `$\epsilon$-DP` → `ε-DP`, `$\sqrt{n}$` → `√n`, `$a/b$`-like fractions as `a/b`. A formula
 * that Unicode cannot show (a limit under a sum, a matrix, a superscript letter Unicode lacks)
 * is kept as its TeX without the dollars, which readers of papers read anyway.
 */

const SUPERSCRIPTS: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW′*∗⊤'].map((char, index) => [
    char,
    [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ′**ᵀ'][index]!,
  ]),
);
const SUBSCRIPTS: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−=()aehijklmnoprstuvx'].map((char, index) => [
    char,
    [...'₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'][index]!,
  ]),
);
/** Accents over one letter, as combining marks (`\tilde{O}` → Õ). */
const COMBINING_ACCENTS: Record<string, string> = {
  '~': '\u0303',
  '˜': '\u0303',
  '^': '\u0302',
  ˆ: '\u0302',
  '¯': '\u0304',
  '‾': '\u0304',
  ˉ: '\u0304',
  '→': '\u20d7',
  '˙': '\u0307',
  '¨': '\u0308',
};
/**
 * Letters TeX draws in a variant readers do not type: `\epsilon` is the lunate ϵ in print, but
 * the ε everyone writes in "ε-DP" is what a reader searches for.
 */
const PLAIN_LETTERS: Record<string, string> = { ϵ: 'ε' };

const isElement = (node: MathNode): node is MathElement => 'tag' in node;
const textOf = (node: MathNode): string =>
  'text' in node ? node.text : node.children.map(textOf).join('');
const charCount = (text: string) => [...text].length;

/** Text in superscript or subscript characters, or `undefined` when one of them has none. */
function scripted(text: string, table: Record<string, string>): string | undefined {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length === 0 || chars.some((char) => table[char] === undefined)) return undefined;
  return chars.map((char) => table[char]).join('');
}

/** A node as Unicode text, or `undefined` when Unicode cannot show it. */
function unicode(node: MathNode): string | undefined {
  // U+2061–U+2064 (function application, invisible times…) tell a screen reader how to read; text has no use for them.
  if (!isElement(node))
    return [...node.text.replace(/[\u2061-\u2064]/g, '')]
      .map((char) => PLAIN_LETTERS[char] ?? char)
      .join('');
  const parts = () => {
    const texts = node.children.map(unicode);
    return texts.every((text) => text !== undefined) ? (texts as string[]) : undefined;
  };
  const [first, second, third] = node.children.filter(isElement);
  switch (node.tag) {
    case 'mi':
    case 'mn':
    case 'mtext':
    case 'ms':
      return parts()?.join('');
    case 'mo': {
      const text = parts()?.join('');
      // TeX puts a thin space after a comma in a formula: (ε, δ).
      return text === ',' ? ', ' : text;
    }
    case 'mspace':
      return Number.parseFloat(node.attributes.width ?? '0') > 0 ? ' ' : '';
    case 'mphantom':
      return '';
    case 'semantics':
      return first && unicode(first);
    case 'math':
    case 'mrow':
    case 'mstyle':
    case 'mpadded':
    case 'menclose':
      return parts()?.join('');
    case 'msup':
    case 'msub':
    case 'msubsup': {
      const base = first && unicode(first);
      const scripts = node.tag === 'msubsup' ? [second, third] : [second];
      const tables =
        node.tag === 'msup'
          ? [SUPERSCRIPTS]
          : node.tag === 'msub'
            ? [SUBSCRIPTS]
            : [SUBSCRIPTS, SUPERSCRIPTS];
      const written = scripts.map((script, index) =>
        script ? scripted(unicode(script) ?? '', tables[index]!) : undefined,
      );
      return base === undefined || written.some((text) => text === undefined)
        ? undefined
        : base + written.join('');
    }
    case 'mover': {
      const base = first && unicode(first);
      const mark = second && COMBINING_ACCENTS[textOf(second).trim()];
      return base !== undefined && mark !== undefined && charCount(base) === 1
        ? (base + mark).normalize('NFC')
        : undefined;
    }
    case 'mfrac': {
      const [top, bottom] = [first && unicode(first), second && unicode(second)];
      if (top === undefined || bottom === undefined) return undefined;
      const wrap = (text: string) => (charCount(text) === 1 ? text : `(${text})`);
      return `${wrap(top)}/${wrap(bottom)}`;
    }
    case 'msqrt': {
      const radicand = parts()?.join('');
      return radicand === undefined
        ? undefined
        : charCount(radicand) === 1
          ? `√${radicand}`
          : `√(${radicand})`;
    }
    default:
      return undefined;
  }
}

/** One formula as text: Unicode where it can show it, else its TeX. */
export function formulaText(tex: string, display: boolean): string {
  const text = unicode(mathTree(tex, display));
  return (text ?? tex).replace(/\s+/g, ' ').trim();
}

/** A formula already made MathML (in a built page) as text: Unicode where it can show it, else its characters in order, never TeX. */
export function mathMlText(tree: MathNode): string {
  return (unicode(tree) ?? textOf(tree)).replace(/\s+/g, ' ').trim();
}

/**
 * Text with formulas (a title) as plain text: each formula by `formulaText`, `\$` as `$`. A formula
 * the converter cannot read throws, unless `keepUnreadable` (for a summary of an MDX body, where a
 * `$` in a code span is not a formula): then it stays as written.
 */
export function mathPlainText(source: string, { keepUnreadable = false } = {}): string {
  return splitMath(source)
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      try {
        return formulaText(segment.tex, segment.display);
      } catch (error) {
        if (keepUnreadable && error instanceof MathError)
          return segment.display ? `$$${segment.tex}$$` : `$${segment.tex}$`;
        throw error;
      }
    })
    .join('');
}
