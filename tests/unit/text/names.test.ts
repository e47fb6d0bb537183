import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeName, splitName } from '#lib/text/names.ts';

describe('names', () => {
  test('split: the last word is the family name; a comma puts the family name first', () => {
    const cases: [name: string, parts: { family: string; given: string } | undefined][] = [
      ['Qipeng Wang', { family: 'Wang', given: 'Qipeng' }],
      ['  Mengwei   Xu ', { family: 'Xu', given: 'Mengwei' }],
      ['Juan de la Fuente', { family: 'Fuente', given: 'Juan de la' }],
      ['Q. Wang', { family: 'Wang', given: 'Q.' }],
      ['Wang, Qipeng', { family: 'Wang', given: 'Qipeng' }],
      ['King, Jr., Martin', { family: 'King', given: 'Jr., Martin' }],
      ['Wang,', { family: 'Wang', given: '' }],
      ['Łukasz Żółw', { family: 'Żółw', given: 'Łukasz' }],
      ['Plato', undefined],
      ['王启鹏', undefined],
      ['', undefined],
    ];
    for (const [name, parts] of cases)
      assert.deepEqual(splitName(name), parts, JSON.stringify(name));
  });

  test('normalised for comparison: case, accents, spacing, dots, commas and hyphens do not matter', () => {
    const cases: [name: string, normalized: string][] = [
      ['Qipeng Wang', 'qipeng wang'],
      ['QIPENG  WANG', 'qipeng wang'],
      ['José  Ñandú', 'jose nandu'],
      ['Q.-P. Wang', 'q p wang'],
      ['Wang, Qipeng', 'wang qipeng'],
      ['Łukasz', 'lukasz'],
      ['王启鹏', '王启鹏'],
    ];
    for (const [name, normalized] of cases)
      assert.equal(normalizeName(name), normalized, JSON.stringify(name));
  });
});
