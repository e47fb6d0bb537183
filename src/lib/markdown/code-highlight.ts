import type { Element, ElementContent, Root } from 'hast';

/*
 * Shiki writes each token's colour as a style attribute, which the pages' Content-Security-Policy
 * refuses (style-src has no 'unsafe-inline'). With its `css-variables` theme every colour is one
 * of a dozen named variables, so each style maps to a class, and src/styles/code.css colours the
 * classes for both themes with light-dark().
 */

/** The token kinds of Shiki's css-variables theme that code.css colours; the foreground needs no class. */
export const TOKEN_KINDS = [
  'keyword',
  'constant',
  'string',
  'string-expression',
  'comment',
  'function',
  'parameter',
  'punctuation',
  'link',
  'inserted',
  'deleted',
  'changed',
] as const;

const FONT_CLASSES: Record<string, string> = {
  'font-style:italic': 'hl-italic',
  'font-weight:bold': 'hl-bold',
  'text-decoration:underline': 'hl-underline',
  // Astro's diff transformer: the leading +/- stays out of a selection and a copy.
  'user-select:none': 'hl-unselectable',
};

/** What the highlighter says about the `<pre>` itself; the site's stylesheet sets all of it already. */
const PRE_DECLARATIONS = /^(background-color|color|overflow-x|white-space|word-wrap)$/;

/**
 * The classes that stand for a token's style attribute, e.g. `color:var(--astro-code-token-keyword)`
 * → `['hl-keyword']`; `undefined` when a declaration has no class, so that nothing the highlighter
 * means is dropped in silence.
 */
export function tokenClasses(style: string): string[] | undefined {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const compact = declaration.replace(/\s+/g, '');
    if (compact === '') continue;
    const colour = /^color:var\(--astro-code-(?:token-)?([a-z-]+)\)$/.exec(compact)?.[1];
    if (colour === 'foreground') continue;
    if (colour && (TOKEN_KINDS as readonly string[]).includes(colour)) classes.push(`hl-${colour}`);
    else if (FONT_CLASSES[compact]) classes.push(FONT_CLASSES[compact]);
    else return undefined;
  }
  return classes;
}

const classList = (node: Element): string[] => {
  const value = node.properties.className ?? node.properties.class;
  return Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(/\s+/)
      : [];
};

function restyle(node: Element, isPre: boolean): void {
  const style = node.properties.style;
  delete node.properties.style;
  if (typeof style !== 'string') return;
  const declarations = isPre
    ? style
        .split(';')
        .filter((declaration) => !PRE_DECLARATIONS.test(declaration.split(':')[0]?.trim() ?? ''))
        .join(';')
    : style;
  const classes = tokenClasses(declarations);
  if (!classes)
    throw new Error(
      `code highlighting: the style "${style}" has no class in src/lib/markdown/code-highlight.ts; a style attribute would break the Content-Security-Policy`,
    );
  if (classes.length === 0) return;
  delete node.properties.class;
  node.properties.className = [...classList(node), ...classes];
}

/** A `<span>` left with no attribute says nothing: its text stands in its place, a few bytes less per token. */
const isBare = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'span' && Object.keys(node.properties).length === 0;

function visit(node: Element): void {
  restyle(node, node.tagName === 'pre');
  for (const child of node.children) if (child.type === 'element') visit(child);
  node.children = node.children.flatMap((child) => (isBare(child) ? child.children : [child]));
}

/**
 * A Shiki transformer (Astro's `markdown.shikiConfig.transformers`) that leaves no style
 * attribute: token colours become `hl-<kind>` classes, the `<pre>`'s own colours are left to
 * the stylesheet, and a token with only the default colour loses its `<span>` class altogether.
 * The `<pre>` loses its `tabindex` too: code blocks wrap, so there is nothing to scroll to.
 */
export const codeClasses = {
  name: 'code-classes',
  root(root: Root) {
    for (const child of root.children)
      if (child.type === 'element') {
        visit(child);
        if (child.tagName === 'pre') {
          delete child.properties.tabindex;
          delete child.properties.tabIndex;
        }
      }
  },
};
