import { mdxToMdast } from 'satteri';

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
  children?: MdastNode[];
  position?: { start?: { line?: number } };
}

/**
 * Why a file written from outside data would not be inert, or `undefined` when it is: the whole
 * file (front matter and body) is parsed by the MDX compiler the build uses, and it must
 * compile and hold nothing that MDX would run or inject. A written file that does is a bug in
 * the writer, so this is the last gate before anything reaches the disk.
 */
export function codeInEntry(file: string): string | undefined {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(file) as MdastNode;
  } catch (error) {
    return `it would not compile as MDX (${error instanceof Error ? error.message : String(error)})`;
  }
  const found: string[] = [];
  const visit = (node: MdastNode) => {
    const what = CODE_NODES[node.type];
    if (what) found.push(`${what} at line ${node.position?.start?.line ?? '?'}`);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found.length > 0 ? `it would contain code, not text: ${found.join(', ')}` : undefined;
}

/**
 * Why an MDX body would not compile, as the build's compiler says it, or `undefined`: `npm run
 * check` and `npm run new` refuse what the build would, before the build does.
 */
export function mdxSyntaxProblem(body: string): string | undefined {
  try {
    mdxToMdast(body);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}
