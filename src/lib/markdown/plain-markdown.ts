import { markdownToMdast, mdxToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

/**
 * The Markdown a plain body may use: what both compilers read alike and render to the same
 * HTML. Links and images are left out on purpose: in MDX they go through components
 * (`SiteLink`, image imports) that plain HTML would bypass.
 */
const PLAIN_NODES = new Set([
  'root',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'thematicBreak',
]);

interface MdastNode {
  type: string;
  checked?: boolean | null;
  children?: MdastNode[];
}

const isPlainTree = (node: MdastNode): boolean =>
  PLAIN_NODES.has(node.type) &&
  (node.checked ?? null) === null &&
  (node.children ?? []).every(isPlainTree);

/**
 * True when an MDX body is plain Markdown: no imports, components, expressions, links or
 * images, and Markdown reads it exactly as MDX does (MDX has no indented code, for one).
 * Such a body can be rendered once when content syncs instead of becoming a module.
 */
export function isPlainMarkdown(body: string): boolean {
  let asMdx: MdastNode;
  try {
    asMdx = mdxToMdast(body, { features: MARKDOWN_FEATURES, position: false }) as MdastNode;
  } catch {
    return false;
  }
  if (!isPlainTree(asMdx)) return false;
  return (
    JSON.stringify(markdownToMdast(body, { features: MARKDOWN_FEATURES, position: false })) ===
    JSON.stringify(asMdx)
  );
}

/** The tags plain Markdown renders to, as the Markdown renderer writes them (no attributes but a heading's id, a list's start). */
const KNOWN_TAG =
  /^<(?:\/?(?:p|em|strong|del|code|blockquote|ul|ol|li)|\/h[1-6]|h[1-6] id="[^"&<>]*"|ol start="\d+"|br|hr)>$/;

/**
 * A plain body's Markdown HTML as MDX renders the same body (void tags closed with `/>`,
 * quotes escaped in text, an empty id bare, no final newline), or `undefined` when the HTML holds anything
 * else, e.g. what a Markdown plugin added: that body is left to MDX.
 */
export function mdxEquivalentHtml(html: string): string | undefined {
  let known = true;
  const converted = html.trimEnd().replace(/<[^>]*>|['"]/g, (token) => {
    if (token === "'") return '&#39;';
    if (token === '"') return '&quot;';
    if (!KNOWN_TAG.test(token)) known = false;
    if (token === '<br>' || token === '<hr>') return `${token.slice(0, -1)}/>`;
    // An empty heading (`#` alone) has an empty id, which MDX writes as a bare attribute.
    return token.replace(/^(<h[1-6] id)=""(>)$/, '$1$2');
  });
  return known ? converted : undefined;
}
