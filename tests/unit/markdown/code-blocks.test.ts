import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { codeBlocks } from '../../../src/integrations/code-blocks.ts';
import { markdownMath } from '../../../src/integrations/markdown-math.ts';
import { codeClasses } from '#lib/markdown/code-highlight.ts';
import { MARKDOWN_FEATURES } from '#lib/markdown/markdown-features.ts';

const BODY = [
  'Energy: $E = V \\cdot Q$.',
  '',
  '```python',
  'def f(x):',
  '    return x',
  '```',
  '',
  '```',
  'plain text, no language',
  '```',
  '',
  '$$',
  '\\sum_i x_i',
  '$$',
].join('\n');

/** The body rendered as the build renders it, with `syntaxHighlight` set as an owner may set it. */
async function render(syntaxHighlight: false | { type: 'shiki'; excludeLangs: string[] }) {
  const processor = await createSatteriMarkdownProcessor({
    syntaxHighlight,
    shikiConfig: { theme: 'css-variables', wrap: null, transformers: [codeClasses] },
    features: MARKDOWN_FEATURES,
    hastPlugins: [markdownMath, codeBlocks],
  });
  return processor.render(BODY, { frontmatter: {} });
}

describe('code blocks in a body: counted for the page, highlighted or plain', () => {
  test('with Shiki (the site’s setting): two code blocks, the formula MathML, no style attribute', async () => {
    const { code, metadata } = await render({ type: 'shiki', excludeLangs: ['math'] });
    assert.equal(metadata.frontmatter.codeBlocks, 2);
    assert.match(code, /<span class="hl-keyword">def<\/span>/);
    assert.match(
      code,
      /data-language="plaintext"><code><span class="line">plain text, no language/,
    );
    assert.equal((code.match(/<math/g) ?? []).length, 2);
    assert.doesNotMatch(code, /style=/);
  });

  test('with syntaxHighlight: false: the same two blocks, plain, still counted for the copy button', async () => {
    const { code, metadata } = await render(false);
    assert.equal(metadata.frontmatter.codeBlocks, 2);
    assert.match(
      code,
      /<pre><code class="language-python">def f\(x\):\n {4}return x\n<\/code><\/pre>/,
    );
    assert.match(code, /<pre><code>plain text, no language\n<\/code><\/pre>/);
    assert.doesNotMatch(code, /hl-|style=/);
  });

  test('a body without code counts none', async () => {
    const processor = await createSatteriMarkdownProcessor({
      features: MARKDOWN_FEATURES,
      hastPlugins: [markdownMath, codeBlocks],
    });
    const { metadata } = await processor.render('Only `inline code` and $x$.', { frontmatter: {} });
    assert.equal(metadata.frontmatter.codeBlocks, undefined);
  });
});
