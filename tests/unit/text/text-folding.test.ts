import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldText, isStopWord } from '#lib/text/text-folding.ts';

describe('text folding', () => {
  test('folds case and accents, and transliterates the letters Unicode does not decompose', () => {
    const cases: [text: string, folded: string][] = [
      ['Qipeng Wang', 'qipeng wang'],
      ['José Ñandú', 'jose nandu'],
      ['Zürich & Études', 'zurich & etudes'],
      ['Łukasz Żółw', 'lukasz zolw'],
      ['Straße', 'strasse'],
      ['Søren Ørsted', 'soren orsted'],
      ['ﬁne', 'fine'],
      ['王启鹏', '王启鹏'],
      ['MobiSys’22: 5%', 'mobisys’22: 5%'],
      ['', ''],
    ];
    for (const [text, folded] of cases) assert.equal(foldText(text), folded, JSON.stringify(text));
  });

  test('stop words are the title words that say nothing about a paper, in any case', () => {
    const cases: [word: string, stop: boolean][] = [
      ['a', true],
      ['The', true],
      ['TOWARDS', true],
      ['toward', true],
      ['via', true],
      ['From', true],
      ['what', true],
      ['Melon', false],
      ['learning', false],
      ['at2', false],
      ['', false],
    ];
    for (const [word, stop] of cases) assert.equal(isStopWord(word), stop, JSON.stringify(word));
  });
});
