import { mdxToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

/** The parts of the MDX syntax tree the checks below read. */
interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
  position?: { start?: { line?: number } };
}

/**
 * Why an MDX body would not compile, as the build's compiler says it, or `undefined`: `npm run
 * check` and `npm run new` refuse what the build would, before the build does.
 */
export function mdxSyntaxProblem(body: string): string | undefined {
  try {
    mdxToMdast(body, { features: MARKDOWN_FEATURES });
    return undefined;
  } catch (error) {
    const message =
      error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    const fix = mdxSyntaxFix(message);
    return fix ? `${message}; ${fix}` : message;
  }
}

/** HTML elements that never have content: HTML lets `<br>` stand alone, MDX (JSX) does not. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The fix for the MDX compiler's messages that an author writing Markdown meets most, or
 * undefined: `<br>` (a tag that HTML leaves open), and `<` before a number or a space (`p <0.05`),
 * which MDX reads as the start of a tag and whose hint speaks of links.
 */
export function mdxSyntaxFix(message: string): string | undefined {
  const open = /Expected a closing tag for `<([A-Za-z][\w-]*)[^`]*>`/.exec(message)?.[1];
  if (open !== undefined && VOID_ELEMENTS.has(open.toLowerCase()))
    return `write \`<${open} />\`: in MDX a tag without content closes itself`;
  if (
    /Unexpected character .*(before name|after `<`), expected .*(JSX tag|name)/.test(message) ||
    /Unexpected character `[\d\s=.]`/.test(message)
  )
    return 'a "<" that is not a tag must be escaped: write `\\<` (e.g. `p \\<0.05`) or `&lt;`';
  return undefined;
}

/**
 * Braces in the text that MDX runs as code although they hold no code: `n = {120}` shows
 * `n = 120`, braces gone, without a word. Each as `{120}` with its line; only numbers are
 * flagged: an expression with a name, an operator or quotes is taken to be meant. A file that does not compile gives none.
 */
export function plainExpressions(source: string): { text: string; line: number }[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { features: MARKDOWN_FEATURES }) as MdastNode;
  } catch {
    return [];
  }
  const found: { text: string; line: number }[] = [];
  const visit = (node: MdastNode) => {
    const isExpression = node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression';
    if (isExpression && /^[\s.,%]*\p{N}[\p{N}\s.,%]*$/u.test(node.value ?? ''))
      found.push({ text: `{${node.value ?? ''}}`, line: node.position?.start?.line ?? 0 });
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** What to tell the author of one of `plainExpressions`: what the page shows, and the fix. */
export function plainExpressionProblem({ text, line }: { text: string; line: number }): string {
  const inner = text.slice(1, -1);
  return `line ${line}: ${text} is run as code (an MDX expression), so the page shows ${JSON.stringify(inner.trim())} without the braces; write \\${text.slice(0, -1)}\\} to show them, or ${inner.trim() || 'nothing'} alone.`;
}
