import assert from 'node:assert/strict';
import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { readEntry } from '../../scripts/lib/frontmatter.ts';
import type { SiteCopy } from '../../scripts/lib/site-copy.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { runScript } from '../support/scripts.ts';

/**
 * A .bib file written by an attacker, imported and built as an author would: whatever its
 * abstracts say, they end up as text on the page, and no code of theirs runs at build time.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const PUBLICATIONS = 'src/content/publications';
/** The elements of these kinds inside `<main>`, in order, as a browser's HTML parser finds them. */
function elementsInMain(html: string, kinds: string[]): string[] {
  const found: string[] = [];
  const walk = (node: DefaultTreeAdapterMap['node'], inMain: boolean) => {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (!('tagName' in child)) continue;
      const nowInMain = inMain || child.tagName === 'main';
      if (nowInMain && kinds.includes(child.tagName)) found.push(child.tagName);
      walk(child, nowInMain);
    }
  };
  walk(parse(html), false);
  return found;
}

/** A built page without Astro's scoping attributes, to read as a visitor's browser gets it. */
const page = (site: SiteCopy, path: string) =>
  site.read(path).replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');

describe('a hostile .bib file', () => {
  test('imports as text: no code runs, nothing is injected, the pages show what it said', async () => {
    const site = fixtureSite('seed');
    try {
      for (const script of ['import-bib.ts', 'check.ts'])
        site.write(`scripts/${script}`, readFileSync(join(ROOT, 'scripts', script)));
      site.write('hostile.bib', readFileSync(join(ROOT, 'tests/fixtures/bib/hostile.bib')));

      const imported = await runScript(site, 'import-bib.ts', ['hostile.bib']);
      assert.equal(imported.code, 0, imported.stderr);
      assert.equal(
        imported.stdout.trim().split('\n').slice(0, 5).join('\n'),
        [
          'new wang2024efficient → src/content/publications/efficient-mobisys24.mdx',
          'new wang2024autolink → src/content/publications/autolinks-mobicom24.mdx',
          'new wang2024plain → src/content/publications/trade-tmc24.mdx',
          `new wang2024quoted → src/content/publications/markup-ssas24.mdx (check: venue label "SSAS'24" is a guess: edit venue.short)`,
          '4 records: 4 new, 0 already present, 0 skipped (4 files written).',
        ].join('\n'),
        'the record inside @comment is neither imported nor reported',
      );
      const efficient = readEntry(site.read(`${PUBLICATIONS}/efficient-mobisys24.mdx`));
      assert.equal(efficient.body.trim(), '', 'the MDX body stays empty');
      assert.equal(
        efficient.data.abstract,
        'We present a system.\n\nimport fs from "node:fs"; export const x = fs.writeFileSync("marker.txt", "ran");\n\nOur evaluation shows a 2x speedup.',
      );

      const check = await runScript(site, 'check.ts', []);
      assert.equal(check.code, 0, check.stdout + check.stderr);

      const { code, output } = await site.build();
      assert.equal(code, 0, output.slice(-3000));
      assert.equal(
        existsSync(join(site.dir, 'marker.txt')),
        false,
        'the abstract ran no code at build time',
      );
      assert.equal(existsSync(join(site.dir, 'dist/marker.txt')), false);

      const efficientPage = page(site, 'dist/publications/efficient-mobisys24/index.html');
      assert.ok(
        efficientPage.includes(
          '<p>import fs from &quot;node:fs&quot;; export const x = fs.writeFileSync(&quot;marker.txt&quot;, &quot;ran&quot;);</p>',
        ),
        'the statement is shown as text',
      );
      assert.ok(
        efficientPage.includes('<p>Our evaluation shows a 2x speedup.</p>'),
        'paragraphs are kept',
      );

      const autolink = page(site, 'dist/publications/autolinks-mobicom24/index.html');
      assert.ok(
        autolink.includes(
          'Artifact: https://a.example/&lt;script&gt;alert(document.domain)//https://b.example/&lt;/script&gt; and https://c.example/&lt;img src=&quot;x&quot; onerror=&quot;alert(2)&quot; /&gt; done.',
        ),
        'the markup is shown as text',
      );
      assert.deepEqual(elementsInMain(autolink, ['script', 'img', 'iframe']), ['script']);

      // Markup inside attribute values (description, citation tags, links) is text to a browser, and to the CSP check.
      const quoted = page(site, 'dist/publications/markup-ssas24/index.html');
      assert.ok(
        quoted.includes(
          '<h1>Markup in Quoted Attributes&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>',
        ),
        quoted.slice(0, 3000),
      );
      assert.ok(
        quoted.includes(
          '<meta name="citation_conference_title" content="</script><script>alert(4)</script>">',
        ),
      );
      // Read as a browser reads it: the only script in the page body is the site's Copy BibTeX button.
      assert.deepEqual(elementsInMain(quoted, ['script', 'img', 'iframe']), ['script']);

      const plain = page(site, 'dist/publications/trade-tmc24/index.html');
      assert.ok(
        plain.includes('<p>export restrictions shape which accelerators reach phones.</p>'),
      );
      assert.ok(
        plain.includes(
          'import substitution is studied too: props.x and &lt;Component /&gt; and globalThis.process.exit(1) are text here.',
        ),
      );
    } finally {
      site.remove();
    }
  });

  test('a .bib file past the size a library can have is not read at all', async () => {
    const site = fixtureSite('seed');
    try {
      site.write('scripts/import-bib.ts', readFileSync(join(ROOT, 'scripts/import-bib.ts')));
      site.write('huge.bib', '@misc{a, title={A}}');
      // A sparse file: its size is what the importer sees, without writing 60 MB.
      truncateSync(join(site.dir, 'huge.bib'), 60 * 1024 * 1024);
      const imported = await runScript(site, 'import-bib.ts', ['huge.bib']);
      assert.equal(imported.code, 1);
      assert.equal(
        imported.stderr.trim(),
        'error: huge.bib is 60 MB, over the 50 MB a .bib file may have (a library of thousands of papers is a few MB); it was not read',
      );
    } finally {
      site.remove();
    }
  });

  test('a multi-megabyte record is skipped in seconds, and the rest still imports', async () => {
    const site = fixtureSite('seed');
    try {
      site.write('scripts/import-bib.ts', readFileSync(join(ROOT, 'scripts/import-bib.ts')));
      const authors = Array.from({ length: 3000 }, (_, index) => `Author${index}, Given`).join(
        ' and ',
      );
      site.write(
        'huge.bib',
        `@inproceedings{huge, title={Huge}, author={Wang, Qipeng and ${authors}}, booktitle={MobiSys}, year={2024}, abstract={${'word '.repeat(400_000)}}}\n` +
          '@inproceedings{small, title={Small But Real}, author={Wang, Qipeng}, booktitle={Proceedings of the ACM MobiSys}, year={2024}}\n',
      );
      const imported = await runScript(site, 'import-bib.ts', ['huge.bib']);
      assert.equal(imported.code, 0, imported.stderr);
      assert.equal(
        imported.stdout.trim().split('\n').slice(0, 3).join('\n'),
        [
          'skipped huge: it is 2,017 KB, over the 64 KB a record may have (a real one is a few KB), so it was not read',
          'new small → src/content/publications/small-mobisys24.mdx',
          '2 records: 1 new, 0 already present, 1 skipped (1 file written).',
        ].join('\n'),
      );
    } finally {
      site.remove();
    }
  });
});
