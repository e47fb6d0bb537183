import { mdxToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from '#lib/markdown/markdown-features.ts';

/** What MDX runs or injects rather than shows: module code, components, expressions and raw HTML. */
const CODE_NODES: Record<string, string> = {
  mdxjsEsm: 'an import or export statement',
  mdxJsxFlowElement: 'a component or HTML element',
  mdxJsxTextElement: 'a component or HTML element',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
  html: 'raw HTML',
};

interface MdastNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start?: { line?: number } };
}

/**
 * Why a file written from outside data would not be inert, or `undefined` when it is: the whole
 * file (front matter and body) is parsed by the MDX compiler the build uses, and it must
 * compile and hold nothing that MDX would run or inject. A written file that does is a bug in
 * the writer, so this is the last gate before anything reaches the disk.
 */
export function codeInEntry(
  file: string,
  options: { languageWrappers?: boolean } = {},
): string | undefined {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(file, { features: MARKDOWN_FEATURES }) as MdastNode;
  } catch (error) {
    return `it would not compile as MDX (${error instanceof Error ? error.message : String(error)})`;
  }
  const found: string[] = [];
  const visit = (node: MdastNode) => {
    const what =
      options.languageWrappers && isLanguageWrapper(node) ? undefined : CODE_NODES[node.type];
    if (what) found.push(`${what} at line ${node.position?.start?.line ?? '?'}`);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found.length > 0 ? `it would contain code, not text: ${found.join(', ')}` : undefined;
}

/**
 * `<div lang="zh-CN">` or `<span lang="zh">`: an element that only says which language its
 * text is in (one literal `lang` attribute, a language tag), which a migrated page may keep.
 */
function isLanguageWrapper(node: MdastNode): boolean {
  const [attribute, ...others] = node.attributes ?? [];
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node.name === 'div' || node.name === 'span') &&
    others.length === 0 &&
    attribute?.type === 'mdxJsxAttribute' &&
    attribute.name === 'lang' &&
    typeof attribute.value === 'string' &&
    /^[a-z]{2,3}(?:-[A-Z][A-Za-z]{1,3})?$/.test(attribute.value)
  );
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
