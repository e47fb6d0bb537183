import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { MathError, mathTree, type MathNode } from '#lib/markdown/math.ts';

/*
 * Sätteri, the Markdown and MDX compiler of Astro 7, parses `$…$` and `$$…$$` itself (its `math`
 * feature) into `<code class="math-inline">` and `<pre><code class="math-display">`; this plugin
 * turns those into MathML at build time. Sätteri runs no remark or rehype plugins, so this is one
 * of its own hast plugins, registered on `markdown.processor`, which MDX uses too.
 */

const classes = (node: Element): string[] => {
  const value: unknown = node.properties?.className;
  return Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(/\s+/)
      : [];
};

function toHast(node: MathNode): ElementContent {
  if ('text' in node) return { type: 'text', value: node.text };
  return {
    type: 'element',
    tagName: node.tag,
    properties: { ...node.attributes },
    children: node.children.map(toHast),
  };
}

/** The file being compiled, as the author knows it, for the error message. */
function fileOf(ctx: HastVisitorContext): string {
  if (!ctx.fileURL) return 'a Markdown file';
  const path = fileURLToPath(ctx.fileURL);
  return path.startsWith(`${process.cwd()}/`) ? path.slice(process.cwd().length + 1) : path;
}

function mathElement(tex: string, display: boolean, ctx: HastVisitorContext): ElementContent {
  try {
    return toHast(mathTree(tex, display));
  } catch (error) {
    if (error instanceof MathError)
      throw new Error(`${fileOf(ctx)}: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * The Markdown parser's own rule for `$` pairs any two dollars (remark-math's); the site's rule
 * for titles and abstracts is pandoc's. Here the two meet: an inline formula that starts or ends
 * with white space, or whose closing `$` comes right before a digit, was a pair of prices
 * (`costs $3 and $4`) and is put back as the text it was.
 */
function isPrices(node: Element, tex: string, ctx: HastVisitorContext): boolean {
  if (/^\s|\s$/.test(tex)) return true;
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
  return next?.type === 'text' && /^\d/.test(next.value);
}

export const markdownMath = defineHastPlugin({
  name: 'markdown-math',
  element: {
    filter: ['pre', 'code'],
    visit(node, ctx) {
      if (node.tagName === 'pre') {
        const code = node.children.find(
          (child): child is Element => child.type === 'element' && child.tagName === 'code',
        );
        if (!code || !classes(code).includes('math-display')) return;
        ctx.replaceNode(node, mathElement(ctx.textContent(code).trim(), true, ctx));
        return;
      }
      const kind = classes(node);
      if (!kind.includes('math-inline') && !kind.includes('math-display')) return;
      if (ctx.parent(node)?.type === 'element' && (ctx.parent(node) as Element).tagName === 'pre')
        return;
      const tex = ctx.textContent(node);
      const display = kind.includes('math-display');
      if (!display && isPrices(node, tex, ctx)) {
        ctx.replaceNode(node, { type: 'text', value: `$${tex}$` });
        return;
      }
      ctx.replaceNode(node, mathElement(tex.trim(), display, ctx));
    },
  },
});
