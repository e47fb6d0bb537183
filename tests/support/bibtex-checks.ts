import assert from 'node:assert/strict';

/**
 * BibTeX's own reading, which counts braces and ignores backslashes: each value must close only
 * where its field ends (`},` then a new line, or the entry's last line `}`), and each entry only
 * on its own closing line. A value whose braces do not balance fails here even when a
 * backslash-aware parser reads it.
 */
export function assertBracesBalance(bibtex: string): void {
  let depth = 0;
  [...bibtex].forEach((char, index, chars) => {
    if (char === '{') depth += 1;
    if (char !== '}') return;
    depth -= 1;
    const around = `…${chars.slice(Math.max(0, index - 60), index + 1).join('')}⟵ here`;
    const after = chars.slice(index + 1, index + 3).join('');
    if (depth === 1)
      assert.ok(after === ',\n' || after === '\n}', `a value closes early: ${around}`);
    if (depth === 0)
      assert.ok(
        chars[index - 1] === '\n' && (after === '' || after.startsWith('\n')),
        `an entry closes early: ${around}`,
      );
    assert.ok(depth >= 0, `a brace closes more than was opened: ${around}`);
  });
  assert.equal(depth, 0, 'an entry is left open');
}
