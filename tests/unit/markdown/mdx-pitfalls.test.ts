import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mdxSyntaxFix, mdxSyntaxProblem, plainExpressions } from '#lib/markdown/mdx-pitfalls.ts';

const file = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;

describe('MDX pitfalls of an author who writes Markdown', () => {
  test('the compiler says what is wrong, and the check adds the fix', () => {
    const cases: [body: string, says: string | undefined][] = [
      ['Line one<br>line two', 'write `<br />`: in MDX a tag without content closes itself'],
      ['<hr>', 'write `<hr />`: in MDX a tag without content closes itself'],
      [
        'We found p <0.05 in all.',
        'a "<" that is not a tag must be escaped: write `\\<` (e.g. `p \\<0.05`) or `&lt;`',
      ],
      [
        'x <= 3',
        'a "<" that is not a tag must be escaped: write `\\<` (e.g. `p \\<0.05`) or `&lt;`',
      ],
      ['<div>never closed', undefined],
    ];
    for (const [body, says] of cases) {
      const problem = mdxSyntaxProblem(file(body));
      assert.ok(problem, `${body} does not compile`);
      assert.equal(mdxSyntaxFix(problem), says, body);
      if (says) assert.ok(problem.endsWith(`; ${says}`), problem);
    }
    for (const body of ['Line one<br />line two', 'p \\<0.05', 'p < 0.05', 'p &lt;0.05'])
      assert.equal(mdxSyntaxProblem(file(body)), undefined, body);
  });

  test('braces around a number are found with their line; meant expressions and formulas are not', () => {
    const cases: [body: string, found: { text: string; line: number }[]][] = [
      ['n = {120} samples', [{ text: '{120}', line: 5 }]],
      [
        'p = {0.05} and {3}',
        [
          { text: '{0.05}', line: 5 },
          { text: '{3}', line: 5 },
        ],
      ],
      ['n = \\{120\\} samples', []],
      ['$\\frac{1}{2}$ and $x_{10}$', []],
      ['{1 + 2}', []],
      ['{frontmatter.title}', []],
      ['{/* a comment */}', []],
      ['p <0.05', []],
    ];
    for (const [body, found] of cases) assert.deepEqual(plainExpressions(file(body)), found, body);
  });
});
