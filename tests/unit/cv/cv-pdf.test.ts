import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CvDocument } from '#lib/cv/cv-document.ts';
import { cvTypstInput, renderCvPdf, renderCvPdfCached, webLink } from '#lib/cv/cv-pdf.ts';
import { syntheticCvDocument } from '../../../scripts/bench/synthetic-cv.ts';

const hostileTitle =
  'Melon: #set page(width: 1cm) $x$ *bold* _it_ `raw` ] [ <label> @ref \\ // /* = ~ \' " #link("javascript:alert(1)")';

const fixture: CvDocument = {
  name: 'Qipeng Wang',
  nameZh: '王启鹏',
  headline: 'CS Ph.D. Candidate @ PKU · Peking University',
  contact: [
    [{ text: 'wangqipeng [at] stu.pku.edu.cn' }],
    [{ text: 'https://qipengwang.github.io', href: 'https://qipengwang.github.io' }],
    [{ text: 'Click me', href: 'javascript:alert(1)' }],
  ],
  sections: [
    {
      titleKey: 'cv.education',
      title: 'Education',
      items: [
        {
          lines: [[{ text: 'Peking University, Ph.D. in Computer Science' }]],
          when: 'Sep 2019 – present',
          links: [],
        },
      ],
    },
    {
      titleKey: 'type.conference',
      title: 'Conference papers',
      note: '* equal contribution; † corresponding author',
      items: [
        {
          lines: [
            [{ text: hostileTitle }],
            [{ text: 'Qipeng Wang*', strong: true }, { text: ', Rongjie Yi*, Mengwei Xu†' }],
            [{ text: "MobiSys'22" }],
          ],
          when: '2022',
          links: [
            { label: 'DOI', href: 'https://doi.org/10.1145/3498361.3538928' },
            { label: 'arXiv', href: 'https://arxiv.org/abs/2402.05981' },
            { label: 'Code', href: 'https://github.com/qipengwang/Melon' },
            { label: 'Evil', href: 'javascript:alert(1)' },
          ],
        },
        {
          lines: [
            [{ text: '= Heading at line start' }],
            [{ text: '- not a list' }, { text: ' + nor this', strong: true }],
            [{ text: '#{ panic("x") }' }],
          ],
          links: [{ label: 'Data', href: 'data:text/html,<script>alert(1)</script>' }],
        },
      ],
    },
  ],
  asOf: '2024-05-06',
  paperSize: 'A4',
  lang: 'en-US',
};

interface ReadBack {
  pages: number;
  sizes: number[][];
  /** All text of all pages, whitespace removed: Typst may break a line anywhere a space is. */
  text: string;
  fonts: string[];
  /** Glyphs drawn as the font's .notdef (code 0), the tofu box Typst draws when no font has a character. */
  tofu: number;
  links: string[];
}

async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  // pdfjs takes ownership of the buffer it is given; hand it a copy.
  const pdf: PDFDocumentProxy = await getDocument({
    data: bytes.slice(),
    fontExtraProperties: true,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const result: ReadBack = {
    pages: pdf.numPages,
    sizes: [],
    text: '',
    fonts: [],
    tofu: 0,
    links: [],
  };
  const fonts = new Set<string>();
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    result.sizes.push(page.view.map((value) => Math.round(value * 100) / 100));
    const content = await page.getTextContent();
    result.text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
    const operators = await page.getOperatorList();
    operators.fnArray.forEach((operator, index) => {
      const args = operators.argsArray[index];
      if (operator === OPS.setFont) {
        const font = page.commonObjs.get(args[0]) as { name: string; missingFile: boolean };
        // Typst names a subset `ABCDEF+Family-Style`; the tag is a hash of the glyphs, so keep only the family.
        fonts.add(
          `${font.name.replace(/^[A-Z]{6}\+/, '')}${font.missingFile ? ' (not embedded)' : ''}`,
        );
      }
      if (operator === OPS.showText) {
        for (const glyph of args[0] as (
          { originalCharCode: number; isInFont: boolean } | number | null
        )[]) {
          if (
            glyph &&
            typeof glyph === 'object' &&
            (glyph.originalCharCode === 0 || !glyph.isInFont)
          )
            result.tofu += 1;
        }
      }
    });
    for (const annotation of await page.getAnnotations())
      if (annotation.subtype === 'Link') result.links.push(annotation.unsafeUrl ?? annotation.url);
  }
  result.text = result.text.replace(/\s+/g, '');
  result.fonts = [...fonts].sort();
  await pdf.destroy();
  return result;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('webLink', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['https://doi.org/10.1145/3498361.3538928', 'https://doi.org/10.1145/3498361.3538928'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['HTTPS://EXAMPLE.ORG', 'HTTPS://EXAMPLE.ORG'],
    ['javascript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    [' https://example.org', undefined],
    ['data:text/html,x', undefined],
    ['mailto:someone@example.org', undefined],
    ['/publications/', undefined],
    ['//example.org', undefined],
    ['https://', undefined],
    ['https:// example.org', undefined],
    [undefined, undefined],
  ];
  for (const [href, expected] of cases)
    test(`${JSON.stringify(href)} → ${JSON.stringify(expected)}`, () =>
      assert.equal(webLink(href), expected));
});

describe('cvTypstInput', () => {
  const base: CvDocument = {
    name: 'A',
    headline: 'B',
    contact: [],
    sections: [],
    asOf: '2024-02-29',
    paperSize: 'A4',
    lang: 'en-US',
  };
  const cases: [Partial<CvDocument>, Partial<ReturnType<typeof cvTypstInput>>][] = [
    [{}, { date: [2024, 2, 29], paper: 'a4', lang: 'en', region: 'US' }],
    [{ paperSize: 'Letter' }, { paper: 'us-letter' }],
    [{ lang: 'zh-Hans-CN' }, { lang: 'zh', region: null }],
    [{ lang: 'zh-CN' }, { lang: 'zh', region: 'CN' }],
    [{ lang: 'de' }, { lang: 'de', region: null }],
    [{ lang: 'x' }, { lang: 'en', region: null }],
  ];
  for (const [change, expected] of cases) {
    test(`${JSON.stringify(change)} → ${JSON.stringify(expected)}`, () => {
      const input = cvTypstInput({ ...base, ...change });
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual(input[key as keyof typeof input], value, key);
    });
  }
  for (const asOf of ['2024-02-30', '2024-5-6', 'today', '2024-05-06T00:00']) {
    test(`asOf ${asOf} is refused`, () =>
      assert.throws(
        () => cvTypstInput({ ...base, asOf }),
        /asOf must be a date written YYYY-MM-DD/,
      ));
  }
  test('links that are not web addresses are dropped, their text kept', () => {
    const input = cvTypstInput(fixture);
    assert.deepEqual(input.contact[2], [{ text: 'Click me' }]);
    assert.deepEqual(
      input.sections[1]!.items[0]!.links.map((link) => link.label),
      ['DOI', 'arXiv', 'Code'],
    );
    assert.deepEqual(input.sections[1]!.items[1]!.links, []);
  });
});

describe('renderCvPdf', async () => {
  const bytes = renderCvPdf(fixture);
  const pdf = await readBack(bytes);

  test('one A4 page', () => {
    assert.equal(pdf.pages, 1);
    assert.deepEqual(pdf.sizes, [[0, 0, 595.28, 841.89]]);
  });

  test('US Letter when the owner asks for it', async () => {
    const letter = await readBack(renderCvPdf({ ...fixture, paperSize: 'Letter' }));
    assert.deepEqual(letter.sizes, [[0, 0, 612, 792]]);
  });

  const entries = [
    'Qipeng Wang',
    '王启鹏',
    'CS Ph.D. Candidate @ PKU · Peking University',
    'wangqipeng [at] stu.pku.edu.cn',
    'Click me',
    'Education',
    'Peking University, Ph.D. in Computer Science',
    'Sep 2019 – present',
    'Conference papers',
    '* equal contribution; † corresponding author',
    hostileTitle,
    'Qipeng Wang*, Rongjie Yi*, Mengwei Xu†',
    "MobiSys'22",
    '[DOI] [arXiv] [Code]',
    '= Heading at line start',
    '- not a list + nor this',
    '#{ panic("x") }',
  ];
  for (const entry of entries)
    test(`the text ${JSON.stringify(entry)} reads back literally`, () =>
      assert.ok(pdf.text.includes(squeeze(entry)), pdf.text));

  test('links of the wrong kind leave no label behind', () => {
    assert.equal(pdf.text.includes('[Evil]'), false);
    assert.equal(pdf.text.includes('[Data]'), false);
  });

  test('the fonts are embedded subsets, and every glyph is in its font (no tofu)', () => {
    assert.deepEqual(pdf.fonts, [
      'LibertinusSerif-Bold',
      'LibertinusSerif-Italic',
      'LibertinusSerif-Regular',
      'NotoSansSC-Regular',
    ]);
    assert.equal(pdf.tofu, 0);
  });

  test('the links are the web addresses, and only those', () => {
    assert.deepEqual(pdf.links, [
      'https://qipengwang.github.io',
      'https://doi.org/10.1145/3498361.3538928',
      'https://arxiv.org/abs/2402.05981',
      'https://github.com/qipengwang/Melon',
    ]);
  });

  test('the same document gives the same bytes, here and in a fresh process', () => {
    const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
    assert.equal(sha(renderCvPdf(structuredClone(fixture))), sha(bytes));
    const script = `import { renderCvPdf } from ${JSON.stringify(new URL('../../../src/lib/cv/cv-pdf.ts', import.meta.url).href)};
      import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
      process.stdout.write(createHash('sha256').update(renderCvPdf(JSON.parse(process.argv[1]))).digest('hex'));`;
    assert.equal(
      execFileSync(
        process.execPath,
        ['--input-type=module', '--eval', script, JSON.stringify(fixture)],
        { encoding: 'utf8' },
      ),
      sha(bytes),
    );
  });

  test('the document date is asOf, never the clock', () => {
    const text = Buffer.from(bytes).toString('latin1');
    assert.match(text, /\/CreationDate \(D:20240506000000Z\)/);
  });

  test('a character no font has is tofu, which the check above would catch', async () => {
    // U+10FFFD is a private-use code point no font covers; it proves the tofu count is not vacuous.
    const missing = await readBack(renderCvPdf({ ...fixture, headline: '\u{10FFFD}' }));
    assert.equal(missing.tofu, 1);
  });

  test('a CV without a Chinese name leaves it out cleanly', async () => {
    const { nameZh: _nameZh, ...rest } = fixture;
    const plain = await readBack(renderCvPdf(rest));
    assert.equal(plain.text.includes('王启鹏'), false);
    assert.deepEqual(plain.fonts, [
      'LibertinusSerif-Bold',
      'LibertinusSerif-Italic',
      'LibertinusSerif-Regular',
    ]);
  });

  test('1,000 papers lay out, the last one included', async (context) => {
    const started = performance.now();
    const large = await readBack(renderCvPdf(syntheticCvDocument(1000)));
    context.diagnostic(
      `1,000 papers: ${large.pages} pages in ${Math.round(performance.now() - started)} ms including read-back`,
    );
    assert.ok(large.pages > 50, `${large.pages} pages`);
    assert.equal(
      large.links.filter((link) => link === 'https://github.com/example/paper-999').length,
      1,
    );
    assert.equal(large.tofu, 0);
  });

  test('a kept PDF is reused while the CV is unchanged, and replaced when it changes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cv-pdf-cache-'));
    try {
      const first = renderCvPdfCached(fixture, folder);
      assert.deepEqual(first, renderCvPdf(fixture));
      const [kept] = readdirSync(folder);
      // A marker in the kept file proves the second build read it instead of running Typst.
      writeFileSync(join(folder, kept!), 'kept');
      assert.equal(Buffer.from(renderCvPdfCached(fixture, folder)).toString(), 'kept');
      const changed = { ...fixture, headline: 'Assistant Professor' };
      assert.deepEqual(renderCvPdfCached(changed, folder), renderCvPdf(changed));
      assert.equal(readdirSync(folder).length, 1);
      assert.notEqual(readdirSync(folder)[0], kept);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
