import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createShikiHighlighter } from '@astrojs/internal-helpers/shiki';
import { toHtml } from 'hast-util-to-html';
import { codeClasses, tokenClasses } from '#lib/markdown/code-highlight.ts';

describe('tokenClasses: a token style attribute as classes', () => {
  const cases: [style: string, classes: string[] | undefined][] = [
    ['color:var(--astro-code-token-keyword)', ['hl-keyword']],
    ['color: var(--astro-code-token-string-expression)', ['hl-string-expression']],
    ['color:var(--astro-code-foreground)', []],
    ['color:var(--astro-code-token-comment);font-style:italic', ['hl-comment', 'hl-italic']],
    ['font-weight: bold;', ['hl-bold']],
    ['text-decoration:underline', ['hl-underline']],
    ['user-select: none;', ['hl-unselectable']],
    ['', []],
    // Anything without a class is refused, never dropped: a colour of another theme, an unknown token.
    ['color:#D73A49', undefined],
    ['color:var(--astro-code-token-unknown)', undefined],
    ['color:var(--astro-code-token-keyword);background:red', undefined],
  ];
  for (const [style, classes] of cases)
    test(JSON.stringify(style), () => assert.deepEqual(tokenClasses(style), classes));
});

describe('codeClasses with the highlighter the build runs (Astro’s Shiki, css-variables theme)', async () => {
  const highlighter = await createShikiHighlighter({ theme: 'css-variables' });
  const highlight = async (code: string, lang: string) =>
    toHtml(await highlighter.codeToHast(code, lang, { wrap: null, transformers: [codeClasses] }));

  test('a Python block: classes only, the text unchanged', async () => {
    assert.equal(
      await highlight('def f(x):\n    return x  # done', 'python'),
      '<pre class="astro-code css-variables" data-language="python"><code>' +
        '<span class="line"><span class="hl-keyword">def</span><span class="hl-function"> f</span>(<span class="hl-parameter">x</span>):</span>\n' +
        '<span class="line"><span class="hl-keyword">    return</span> x  <span class="hl-comment"># done</span></span>' +
        '</code></pre>',
    );
  });

  test('no style attribute in any language the fixture sites and the owner write', async () => {
    const samples: [string, string][] = [
      ['const a: number = 1; // one\nexport { a };', 'ts'],
      ['fn main() { println!("{}", 1); }', 'rust'],
      ['npm run new -- post "A title"', 'bash'],
      ['- removed\n+ added', 'diff'],
      ['id,title\n1,"Tidal"', 'csv'],
      ['{"a": [1, true, null]}', 'json'],
      ['<a href="/x">x</a>', 'html'],
      ['\\section{A} $x^2$', 'latex'],
      ['plain text', 'plaintext'],
    ];
    for (const [code, lang] of samples) {
      const html = await highlight(code, lang);
      assert.doesNotMatch(html, /style=/, `${lang}: ${html}`);
      assert.doesNotMatch(html, /tabindex/, `${lang}: ${html}`);
    }
  });

  test('the diff marks keep out of a copy by class, not by style', async () => {
    assert.match(await highlight('+ added', 'diff'), /<span class="hl-unselectable">\+<\/span>/);
  });
});
