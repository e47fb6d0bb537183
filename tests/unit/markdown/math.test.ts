import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bibtexTitle } from '#lib/exports/bibtex.ts';
import { findBadMath, splitMath, textWithMathHtml } from '#lib/markdown/math.ts';
import { mathPlainText } from '#lib/markdown/math-plain-text.ts';

describe('splitMath: which dollars are formulas (pandoc’s rule)', () => {
  const cases: [source: string, segments: ReturnType<typeof splitMath>][] = [
    [
      '$O(n^2)$ time',
      [
        { kind: 'math', tex: 'O(n^2)', display: false },
        { kind: 'text', text: ' time' },
      ],
    ],
    [
      'a $$\\sum x$$ b',
      [
        { kind: 'text', text: 'a ' },
        { kind: 'math', tex: '\\sum x', display: true },
        { kind: 'text', text: ' b' },
      ],
    ],
    ['$5 million', [{ kind: 'text', text: '$5 million' }]],
    ['costs $3 and $4', [{ kind: 'text', text: 'costs $3 and $4' }]],
    // The rule reads this as one formula, which then fails to build: such text needs `\$`.
    [
      'from $5 to $10$ and',
      [
        { kind: 'text', text: 'from ' },
        { kind: 'math', tex: '5 to $10', display: false },
        { kind: 'text', text: ' and' },
      ],
    ],
    ['$ x$', [{ kind: 'text', text: '$ x$' }]],
    ['$x $', [{ kind: 'text', text: '$x $' }]],
    ['$x$5', [{ kind: 'text', text: '$x$5' }]],
    ['US\\$5 and \\$x\\$', [{ kind: 'text', text: 'US$5 and $x$' }]],
    ['$a\\$b$', [{ kind: 'math', tex: 'a\\$b', display: false }]],
    ['$$', [{ kind: 'text', text: '$$' }]],
    [
      'cost $5 less.\n\n$x$',
      [
        { kind: 'text', text: 'cost $5 less.\n\n' },
        { kind: 'math', tex: 'x', display: false },
      ],
    ],
    [
      'cost $5 less $$x$$',
      [
        { kind: 'text', text: 'cost $5 less ' },
        { kind: 'math', tex: 'x', display: true },
      ],
    ],
    ['$$ $$', [{ kind: 'text', text: '$$ $$' }]],
    [
      '$\\epsilon$-DP',
      [
        { kind: 'math', tex: '\\epsilon', display: false },
        { kind: 'text', text: '-DP' },
      ],
    ],
  ];
  for (const [source, segments] of cases) {
    test(JSON.stringify(source), () => assert.deepEqual(splitMath(source), segments));
  }
});

describe('mathPlainText: a title as text for <title>, citation_title, feeds, CSL-JSON and the CV', () => {
  const golden: [source: string, text: string][] = [
    ['$O(n^2)$', 'O(n²)'],
    ['$\\epsilon$-DP', 'ε-DP'],
    ['$(\\epsilon, \\delta)$-DP', '(ε, δ)-DP'],
    ['$\\tilde{O}(\\sqrt{T})$ regret', 'Õ(√T) regret'],
    ['$x_i^2$', 'xᵢ²'],
    ['$10^{-3}$', '10⁻³'],
    ['$\\frac{1}{2}$', '1/2'],
    ['$\\frac{n+1}{2}$', '(n+1)/2'],
    ['$\\mathbb{R}^d$', 'ℝᵈ'],
    ['$\\log n$', 'log n'],
    ['$k$-means', 'k-means'],
    ['$x \\le y$', 'x≤y'],
    ['$\\alpha\\beta$', 'αβ'],
    ['$\\hat{x}$', 'x̂'],
    ['$x^\\top$', 'xᵀ'],
    ["$f'$", 'f′'],
    ['$\\text{if } x$', 'if x'],
    ['$$E = mc^2$$', 'E=mc²'],
    // What Unicode cannot show stays TeX, without the dollars.
    ['$\\sqrt[3]{x}$', '\\sqrt[3]{x}'],
    ['$x^{\\alpha}$', 'x^{\\alpha}'],
    ['$\\begin{pmatrix}a\\\\b\\end{pmatrix}$', '\\begin{pmatrix}a\\\\b\\end{pmatrix}'],
    // Dollars that are not formulas.
    ['costs $3 and $4', 'costs $3 and $4'],
    ['$5 million', '$5 million'],
    ['US\\$5', 'US$5'],
    ['No math here', 'No math here'],
  ];
  for (const [source, text] of golden) {
    test(`${JSON.stringify(source)} → ${JSON.stringify(text)}`, () =>
      assert.equal(mathPlainText(source), text));
  }

  test('a formula it cannot read throws, or stays as written when asked to keep it', () => {
    assert.throws(() => mathPlainText('a $\\foo$ b'), /cannot read the formula \$\\foo\$/);
    assert.equal(mathPlainText('a `$\\foo$` b', { keepUnreadable: true }), 'a `$\\foo$` b');
  });
});

describe('textWithMathHtml: titles and abstract paragraphs on the pages', () => {
  const golden: [source: string, html: string][] = [
    [
      'In $O(n^2)$',
      'In <math><mrow><mi>O</mi><mrow><mo fence="true" form="prefix" stretchy="false">(</mo><msup><mi>n</mi><mn>2</mn></msup><mo fence="true" form="postfix" stretchy="false">)</mo></mrow></mrow></math>',
    ],
    ['$$x$$', '<math display="block"><mi>x</mi></math>'],
    ['a < $x$ & "b"', 'a &lt; <math><mi>x</mi></math> &amp; &quot;b&quot;'],
    ['<script>$5 million', '&lt;script&gt;$5 million'],
    // Markup inside a formula is text in the MathML, never an element.
    [
      '$\\text{</math><script>alert(1)</script>}$',
      '<math><mtext>&lt;/math&gt;&lt;script&gt;alert(1)&lt;/script&gt;</mtext></math>',
    ],
    // Colours and boxes need style attributes, which the CSP refuses: they are dropped.
    ['$\\color{red}{x}$', '<math><mrow><mi>x</mi></mrow></math>'],
    ['$\\tilde{O}$', '<math><mover><mi>O</mi><mo stretchy="false">~</mo></mover></math>'],
  ];
  for (const [source, html] of golden) {
    test(JSON.stringify(source), () => assert.equal(textWithMathHtml(source), html));
  }
  test('in a title, $$…$$ stays on the line: a displayed formula would break the heading', () => {
    assert.equal(
      textWithMathHtml('Bounds in $$x^2$$ time', true),
      'Bounds in <math><msup><mi>x</mi><mn>2</mn></msup></math> time',
    );
  });
});

describe('findBadMath: TeX the build refuses, with the formula as written', () => {
  const cases: [source: string, formula: string | undefined, reason?: RegExp][] = [
    ['Fine $x^2$ and $5', undefined],
    ['A $\\frac{1$ title', '$\\frac{1$', /^Unexpected end of input in a macro argument/],
    ['$\\foo$', '$\\foo$', /^Unsupported function name: \\foo/],
    ['$$x^$$', '$$x^$$', /^incomplete TeX/],
    ['from $5 to $10$', '$5 to $10$', /^Can't use function '\$' in math mode/],
    // Links and styles are not mathematics: trust is off.
    [
      '$\\href{javascript:alert(1)}{x}$',
      '$\\href{javascript:alert(1)}{x}$',
      /^Unsupported function name: \\href/,
    ],
    [
      '$\\url{javascript:alert(1)}$',
      '$\\url{javascript:alert(1)}$',
      /^Unsupported function name: \\url/,
    ],
    ['$\\style{color:red}{x}$', '$\\style{color:red}{x}$', /^Function "\\style" is not trusted/],
    ['$\\class{x}{y}$', '$\\class{x}{y}$', /^Function "\\class" is not trusted/],
    [
      '$\\includegraphics{x.png}$',
      '$\\includegraphics{x.png}$',
      /^Function "\\includegraphics" is not trusted/,
    ],
  ];
  for (const [source, formula, reason] of cases) {
    test(JSON.stringify(source), () => {
      const problem = findBadMath(source);
      assert.equal(problem?.formula, formula);
      if (reason) assert.match(problem!.reason, reason);
    });
  }
});

describe('bibtexTitle: formulas stay TeX in BibTeX, and cannot end the field', () => {
  const golden: [title: string, bibtex: string][] = [
    ['Private $k$-means in $O(n^2)$ Time', 'Private {$k$}-means in {$O(n^2)$} Time'],
    ['$\\epsilon$-DP for LLMs', '{$\\epsilon$}{-DP} for {LLMs}'],
    ['Costs \\$5 and $3 and $4', 'Costs \\$5 and \\$3 and \\$4'],
    // Valid TeX whose braces BibTeX would miscount is written as text.
    [
      '$\\{x$ and $\\}$',
      '\\$\\textbackslash{}\\textbraceleft{}x\\$ and \\$\\textbackslash{}\\textbraceright{}\\$',
    ],
    ['$a@b$\n$$x\n=y$$', '{$a{@}b$} {$x =y$}'],
  ];
  for (const [title, bibtex] of golden) {
    test(JSON.stringify(title), () => assert.equal(bibtexTitle(title), bibtex));
  }
});
