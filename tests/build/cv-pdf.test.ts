import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cvSections, OWNER, OWNER_ZH } from '../e2e/full-site.ts';

/** The CV PDF of a build, read back as a PDF reader reads it: its text, page size and link targets. */
async function readPdf(
  path: string,
): Promise<{ pages: number; size: number[]; text: string; links: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false })
    .promise;
  let text = '';
  const links: string[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    text += content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
      .join('');
    for (const annotation of await page.getAnnotations())
      if (annotation.url) links.push(String(annotation.url));
  }
  const first = await doc.getPage(1);
  return {
    pages: doc.numPages,
    size: first.view.slice(2).map((value: number) => Math.round(value)),
    text: text.replace(/\s+/g, ' '),
    links,
  };
}

describe('/files/cv.pdf, made from the entries', () => {
  test('the full fixture site: every section and entry is text a reader can extract, the CJK name too, on A4', async () => {
    const pdf = await readPdf('dist-fixtures/full/files/cv.pdf');
    assert.deepEqual(pdf.size, [595, 842]);
    assert.ok(pdf.text.includes(`${OWNER} ${OWNER_ZH}`), pdf.text.slice(0, 200));
    for (const section of cvSections) {
      assert.ok(pdf.text.includes(section.title), `section ${section.title}`);
      // pdf.js splits a line into runs where Typst may break it (after "ε-"), and joins them with a space.
      const unspaced = (text: string) => text.replace(/\s+/g, '');
      for (const heading of section.headings)
        assert.ok(unspaced(pdf.text).includes(unspaced(heading)), `${section.title}: ${heading}`);
    }
    assert.ok(
      pdf.links.length > 5 && pdf.links.every((url) => /^https?:\/\//.test(url)),
      pdf.links.join(' '),
    );
  });

  test('fonts are embedded: every font the PDF uses carries its font file', () => {
    const raw = readFileSync('dist-fixtures/full/files/cv.pdf', 'latin1');
    const descriptors = raw.match(/\/Type\s*\/FontDescriptor/g)?.length ?? 0;
    const files = raw.match(/\/FontFile[23]?\s/g)?.length ?? 0;
    assert.ok(descriptors >= 2, `${descriptors} font descriptors`);
    assert.equal(files, descriptors);
  });
});
