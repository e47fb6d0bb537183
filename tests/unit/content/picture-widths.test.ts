import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fallbackWidth } from '#lib/content/picture-widths.ts';

describe("a picture's fallback width", () => {
  const cases: [name: string, imageWidth: number, widths: number[], expected: number][] = [
    [
      'a camera photo: the largest width of the srcset, not 12,000 pixels',
      12000,
      [720, 1440],
      1440,
    ],
    ['a picture narrower than the largest width keeps its own', 1000, [720, 1440], 1000],
    ['a card', 4000, [360, 720], 720],
  ];
  for (const [name, imageWidth, widths, expected] of cases)
    test(name, () => assert.equal(fallbackWidth(imageWidth, widths), expected));
});
