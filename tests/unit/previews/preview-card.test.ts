import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translator } from '#lib/i18n/i18n.ts';
import { postByline, publicationByline } from '#lib/previews/bylines.ts';
import { clip, previewCardText } from '#lib/previews/preview-card.ts';
import { publicationSchema } from '../../../src/schemas/publication.ts';

describe('clip', () => {
  const cases: [text: string, max: number, clipped: string][] = [
    ['Short title', 20, 'Short title'],
    ['  spaces\n  and lines ', 40, 'spaces and lines'],
    ['Breaking the memory wall for on-device training', 30, 'Breaking the memory wall for…'],
    ['一二三四五六七八九十', 6, '一二三四五…'],
    ['😀😀😀😀', 3, '😀😀…'],
  ];
  for (const [text, max, clipped] of cases) {
    test(`${JSON.stringify(text)} at ${max} → ${JSON.stringify(clipped)}`, () =>
      assert.equal(clip(text, max), clipped));
  }
});

describe('previewCardText', () => {
  const cases: [title: string, lang: string | undefined, size: number, code: string][] = [
    ['Tidal', 'en-US', 64, 'en'],
    ['Tidal: Streaming Inference on Intermittent Power for Batteryless Sensors', 'zh-CN', 52, 'zh'],
    ['x'.repeat(140), undefined, 42, 'en'],
  ];
  for (const [title, lang, size, code] of cases) {
    test(`${title.length} characters, ${lang} → ${size} pt, ${code}`, () => {
      const text = previewCardText({ title, byline: 'B', siteName: 'S', lang });
      assert.equal(text.titleSize, size);
      assert.equal(text.lang, code);
    });
  }
});

describe('publicationByline', () => {
  const paper = (short: string) =>
    publicationSchema.parse({
      title: 'T',
      authors: ['Mei Lin', { name: '王启鹏', owner: true }],
      venue: { short },
      date: 2023,
      type: 'conference',
      order: 1,
    });
  test('the authors in order, then the venue with its year once', () => {
    assert.equal(
      publicationByline(paper("MobiSys'23"), 'Mei Lin', []),
      "Mei Lin, 王启鹏 · MobiSys'23",
    );
    assert.equal(publicationByline(paper('arXiv'), 'Mei Lin', []), 'Mei Lin, 王启鹏 · arXiv, 2023');
  });
});

describe("postByline: the day, in the page's language", () => {
  const cases: [language: string, date: string, byline: string][] = [
    ['en', '2025-03-14', '14 March 2025'],
    ['zh', '2025-03-20', '2025年3月20日'],
  ];
  for (const [language, date, byline] of cases)
    test(`${language} ${date} → ${byline}`, () =>
      assert.equal(postByline({ date }, translator(language)), byline));
});
