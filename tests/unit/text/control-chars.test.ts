import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { printable, unshowableCharacter, withoutUnshowable } from '#lib/text/control-chars.ts';

describe('characters no page or feed can show', () => {
  test('are found and named by code point; tab, line ends and ordinary Unicode are text', () => {
    const cases: [text: string, found: string | undefined, removed: string][] = [
      ['A bell\u0007 rings', 'a control character (U+0007)', 'A bell rings'],
      ['\u0001start', 'a control character (U+0001)', 'start'],
      ['esc\u001b[31mred', 'a control character (U+001B)', 'esc[31mred'],
      ['vertical\u000btab', 'a control character (U+000B)', 'verticaltab'],
      ['form\u000cfeed', 'a control character (U+000C)', 'formfeed'],
      ['del\u007f', 'a control character (U+007F)', 'del'],
      ['next\u0085line', 'a control character (U+0085)', 'nextline'],
      ['lone \ud800 high', 'a character that is not text (U+D800)', 'lone  high'],
      ['lone \udc00 low', 'a character that is not text (U+DC00)', 'lone  low'],
      ['non\ufffechar', 'a character that is not text (U+FFFE)', 'nonchar'],
      ['non\uffffchar', 'a character that is not text (U+FFFF)', 'nonchar'],
      ['first\u0002 then\u0003', 'a control character (U+0002)', 'first then'],
      ['tab\tnewline\ncr\r', undefined, 'tab\tnewline\ncr\r'],
      [
        'emoji 😀 王 \u200f rlm \u200e lrm \u00a0 nbsp \u2028 \ufeff',
        undefined,
        'emoji 😀 王 \u200f rlm \u200e lrm \u00a0 nbsp \u2028 \ufeff',
      ],
      ['spoofed \u202egnp.exe', 'a text-direction override (U+202E)', 'spoofed gnp.exe'],
      ['isolated \u2066x\u2069', 'a text-direction override (U+2066)', 'isolated x'],
      ['', undefined, ''],
    ];
    for (const [text, found, removed] of cases) {
      assert.equal(unshowableCharacter(text), found, JSON.stringify(text));
      assert.equal(withoutUnshowable(text), removed, JSON.stringify(text));
    }
  });
});

describe('outside text printed in a terminal', () => {
  test('shows control and direction characters as escapes, folds lines and cuts long text', () => {
    const cases: [text: string, max: number | undefined, shown: string][] = [
      ['plain', undefined, 'plain'],
      [
        'title\u001b]0;PWNED\u0007\u001b[31mred',
        undefined,
        'title\\u{1B}]0;PWNED\\u{7}\\u{1B}[31mred',
      ],
      ['nul\u0000 and \u202eoverride', undefined, 'nul\\u{0} and \\u{202E}override'],
      ['two\n\nlines\tand  tabs', undefined, 'two lines and tabs'],
      ['abcdefghij', 5, 'abcd…'],
    ];
    for (const [text, max, shown] of cases)
      assert.equal(printable(text, max), shown, JSON.stringify(text));
  });
});
