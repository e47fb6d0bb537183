import { defineHastPlugin } from 'satteri';

/**
 * Counts a body's code blocks (math is MathML by then: markdown-math runs first) into
 * `remarkPluginFrontmatter.codeBlocks`, which `render()` hands the page: only a page with code
 * carries the code colours and the copy button (CodeBlockSupport.astro), so a page without pays nothing.
 */
export const codeBlocks = defineHastPlugin({
  name: 'code-blocks',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      if (!node.children.some((child) => child.type === 'element' && child.tagName === 'code'))
        return;
      const astro = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
      if (!astro?.frontmatter) return;
      const counted = astro.frontmatter.codeBlocks;
      astro.frontmatter.codeBlocks = (typeof counted === 'number' ? counted : 0) + 1;
    },
  },
});
