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
