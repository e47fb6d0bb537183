import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { publicationSchema, type Publication } from '../../src/schemas/publication.ts';
import { citedUrl, sources } from '../support/papers.ts';
import { runScript } from '../support/scripts.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { fixture } from '../support/fixtures.ts';

/**
 * The site's own BibTeX, imported again: build a copy of the site, take its /publications.bib,
 * empty the copy's publications (the About page and the other collections stay) and run the
 * importer on that file. Every paper must come back as its file states it, as far as BibTeX
 * carries it. Besides the real papers, one more whose every field is hostile (braces that do
 * and do not pair, LaTeX specials, `@misc(`, ligatures, a literal author) goes the same way.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const PUBLICATIONS = 'src/content/publications';
const HOSTILE = 'tests/fixtures/good/hostile-round-trip.mdx';

/** The front matter of an entry file, as YAML says and the schema normalises it. */
function frontMatter(text: string, where: string): Publication {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  assert.ok(yaml !== undefined, `${where}: no front matter`);
  const parsed = publicationSchema.safeParse(parseYaml(yaml));
  assert.ok(parsed.success, `${where}: ${JSON.stringify(parsed.error?.issues)}`);
  return parsed.data;
}

/**
 * What BibTeX carries of a paper: the title, the authors' names (whole if literal; marks such as
 * `equal` are not BibTeX's), the venue, date, type, DOI, arXiv id, and the address it cites
 * (`url`: the venue's page, else the DOI's or arXiv's, which the importer writes as venue.url).
 */
const carried = (data: Publication) => ({
  title: data.title,
  authors: data.authors.map((author) =>
    typeof author === 'string'
      ? author
      : author.literal
        ? { name: author.name, literal: true }
        : author.name,
  ),
  venue: { short: data.venue.short, name: data.venue.name, url: citedUrl(data) },
  date: data.date,
  type: data.type,
  doi: data.doi,
  arxiv: data.arxiv,
});

describe('the BibTeX export, imported again', () => {
  test('gives back the same papers', async () => {
    const site = fixtureSite('seed');
    try {
      site.write(`${PUBLICATIONS}/hostile-round-trip.mdx`, fixture('good/hostile-round-trip.mdx'));
      const { code, output } = await site.build();
      assert.equal(code, 0, output.slice(-3000));
      const exported = site.read('dist/publications.bib');

      rmSync(join(site.dir, PUBLICATIONS), { recursive: true });
      mkdirSync(join(site.dir, PUBLICATIONS));
      site.write('scripts/import-bib.ts', readFileSync(join(ROOT, 'scripts/import-bib.ts')));
      site.write('exported.bib', exported);
      const imported = await runScript(site, 'import-bib.ts', ['exported.bib']);
      assert.equal(imported.code, 0, imported.stderr);
      const expected = [
        ...sources.map((paper) => paper.data),
        frontMatter(readFileSync(join(ROOT, HOSTILE), 'utf8'), HOSTILE),
      ];
      assert.match(
        imported.stdout,
        new RegExp(
          `${expected.length} records: ${expected.length} new, 0 already present, 0 skipped`,
        ),
        imported.stdout,
      );

      // The same papers; their order is the importer's own (newest first), not the export's.
      const byTitle = (papers: ReturnType<typeof carried>[]) =>
        [...papers].sort((a, b) => a.title.localeCompare(b.title));
      const back = readdirSync(join(site.dir, PUBLICATIONS)).map((file) =>
        frontMatter(site.read(`${PUBLICATIONS}/${file}`), file),
      );
      assert.deepEqual(byTitle(back.map(carried)), byTitle(expected.map(carried)));

      const again = await runScript(site, 'import-bib.ts', ['exported.bib']);
      assert.match(
        again.stdout,
        new RegExp(
          `${expected.length} records: 0 new, ${expected.length} already present, 0 skipped`,
        ),
        'each paper is recognised as the same',
      );
    } finally {
      site.remove();
    }
  });
});
