import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { readEntry } from '../../scripts/lib/frontmatter.ts';
import { publicationSchema } from '../../src/schemas/publication.ts';
import { runScript as run } from '../support/scripts.ts';
import type { SiteCopy } from '../../scripts/lib/site-copy.ts';
import { fixtureSite, SITES_DIR } from '../support/fixture-site.ts';

/**
 * The authoring commands, run as an author runs them, on a throw-away copy of the site: the
 * importer on BibTeX written in the style of each source, `new` for each kind of entry, and the
 * content check; then the real build of each copy, to see the results on the pages.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const PUBLICATIONS = 'src/content/publications';
const FIXTURES = ['acm', 'arxiv', 'broken', 'dblp', 'ieee', 'scholar', 'zotero'].map(
  (name) => `bib/${name}.bib`,
);

/** A copy of the site with the authoring scripts and the BibTeX fixtures (under bib/) in it. */
function authoringSite(): SiteCopy {
  const site = fixtureSite('seed');
  for (const script of ['import-bib.ts', 'new-entry.ts', 'check.ts'])
    site.write(`scripts/${script}`, readFileSync(join(ROOT, 'scripts', script)));
  for (const fixture of FIXTURES)
    site.write(fixture, readFileSync(join(ROOT, 'tests/fixtures', fixture)));
  return site;
}

const html = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The importer's whole report for the fixtures, as an author sees it. */
const REPORT = `bib/acm.bib:
already present 10.1145/3498361.3538928 (matches src/content/publications/melon-mobisys22.mdx by DOI)
new 10.1145/3643832.3661901 → src/content/publications/kestrel-mobisys24.mdx
new 10.1145/3662006.3662071 → src/content/publications/shard-edgefm24.mdx
bib/arxiv.bib:
new wang2025ripple → src/content/publications/ripple-arxiv25.mdx
already present wang2024exploringimpactinbrowserdeep (matches src/content/publications/in-browser-dl-qoe-arxiv24.mdx by arXiv)
bib/broken.bib:
new wang2023good → src/content/publications/orca-osdi23.mdx
skipped wang2023broken: the BibTeX could not be read: Token mismatch, expected "}", found "@article{wang2023noy"... at line 19, column 1 in "article"
skipped wang2023noyear: it has no year
new wang2023after → src/content/publications/after-workshop-poster23.mdx (check: venue label "Workshop poster" is a guess: edit venue.short)
bib/dblp.bib:
new DBLP:conf/nsdi/ZhaoW24 → src/content/publications/lumen-nsdi24.mdx
already present DBLP:journals/corr/abs-2401-08092 (matches src/content/publications/efficient-foundation-model-survey.mdx by arXiv)
bib/ieee.bib:
new 10767001 → src/content/publications/swift-tmc25.mdx (check: "Q. Wang" taken to be you (owner: true))
skipped 10228999: Qipeng Wang is not among its authors (H. Zhang, J. Li)
bib/scholar.bib:
already present yang2021characterizing (matches src/content/publications/fl-heterogeneity-www21.mdx by title)
new wang2025tide → src/content/publications/tide-arxiv25.mdx (check: the author list ends with "and others": complete it)
new cao2024harbor → src/content/publications/harbor-mobicom24.mdx
skipped li2024survey: Qipeng Wang is not among its authors (Wei Li, Min Zhang, others); the list ends with "and others", so you may be among the missing names: add the paper by hand
bib/zotero.bib:
new wang_ember_2023 → src/content/publications/ember-eurosys23.mdx
new wang_systems_2025 → src/content/publications/systems-phd-thesis25.mdx
19 records: 11 new, 4 already present, 4 skipped`;

const NEW_FILES = [...REPORT.matchAll(/→ (\S+\.mdx)/g)].map((match) => match[1]!);

describe('authoring commands on a copy of the site', { concurrency: true }, () => {
  test('import:bib reports every record, writes valid files, never overwrites, and the imported papers build', async () => {
    const site = authoringSite();
    try {
      const before = site.sourceHash();
      const dry = await run(site, 'import-bib.ts', [...FIXTURES, '--dry-run']);
      assert.equal(dry.code, 0, dry.stderr);
      assert.equal(dry.stdout.trim(), `${REPORT} (dry run: nothing written).`);
      assert.equal(site.sourceHash(), before, '--dry-run writes nothing');

      const real = await run(site, 'import-bib.ts', FIXTURES);
      assert.equal(real.code, 0, real.stderr);
      assert.equal(
        real.stdout.trim().split('\n').slice(0, -1).join('\n'),
        `${REPORT} (11 files written).`,
      );

      const written = readdirSync(join(site.dir, PUBLICATIONS)).sort();
      assert.deepEqual(
        written.filter((name) => !name.endsWith('.mdx')),
        [],
        'no temporary file is left behind',
      );
      assert.equal(written.length, 7 + NEW_FILES.length);
      const orders = new Set<number>();
      for (const path of NEW_FILES) {
        const parsed = publicationSchema.safeParse(readEntry(site.read(path)).data);
        assert.ok(parsed.success, `${path}: ${JSON.stringify(parsed.error?.issues)}`);
        orders.add(parsed.data.order);
      }
      assert.deepEqual(
        [...orders].sort((a, b) => a - b),
        [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
        'new papers take the next free positions, in file order',
      );
      assert.ok(
        !written.some((name) => /broken|noyear|someone|survey-/.test(name)),
        'skipped records leave no file',
      );
      const melon = site.read(`${PUBLICATIONS}/melon-mobisys22.mdx`);
      assert.equal(
        melon,
        readFileSync(join(SITES_DIR, 'seed/content/publications/melon-mobisys22.mdx'), 'utf8'),
        'an existing paper is never changed',
      );

      const kestrel = readEntry(site.read(`${PUBLICATIONS}/kestrel-mobisys24.mdx`));
      assert.deepEqual(kestrel.data.authors, [
        'Qipeng Wang',
        'Shiqi Jiang',
        'Lena Müller',
        'Ting Cao',
      ]);
      assert.deepEqual(kestrel.data.venue, {
        short: "MobiSys'24",
        name: 'Proceedings of the 22nd Annual International Conference on Mobile Systems, Applications and Services',
        url: 'https://doi.org/10.1145/3643832.3661901',
      });
      const ember = readEntry(site.read(`${PUBLICATIONS}/ember-eurosys23.mdx`)).data;
      assert.equal(ember.title, 'Ember: Fast Checkpointing for On-Device Training – A Study');
      assert.deepEqual(ember.authors, ['Qipeng Wang', 'María García', 'Lucie François']);
      assert.equal(ember.date, '2023-05');

      const again = await run(site, 'import-bib.ts', FIXTURES);
      assert.equal(again.code, 0, again.stderr);
      assert.match(
        again.stdout,
        /19 records: 0 new, 15 already present, 4 skipped \(0 files written\)\./,
        'a second import adds nothing',
      );

      const { code, output } = await site.build();
      assert.equal(code, 0, output.slice(-3000));
      const about = site.read('dist/index.html');
      for (const path of NEW_FILES) {
        const id = path
          .split('/')
          .pop()!
          .replace(/\.mdx$/, '');
        const { title } = readEntry(site.read(path)).data as { title: string };
        assert.ok(about.includes(html(title)), `the About page lists "${title}"`);
        const page = site.read(`dist/publications/${id}/index.html`);
        assert.match(
          page,
          new RegExp(`<h1[^>]*>${html(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`),
          `/publications/${id}/ has the title`,
        );
      }
      const kestrelPage = site.read('dist/publications/kestrel-mobisys24/index.html');
      assert.ok(
        kestrelPage.includes(
          'activations alone need <math><mo lspace="0em" rspace="0em">&gt;</mo></math> 20 GB. Kestrel keeps them &lt;4 GB with a 3.2<math><mo form="prefix" stretchy="false" lspace="0em" rspace="0em">×</mo></math> speed-up',
        ),
        'the abstract shows < as text, and its formulas ({$>$}20, {3.2$\\times$}) as MathML',
      );
      assert.ok(
        kestrelPage.includes('in the sequence length {n}.'),
        'the abstract shows braces as text',
      );
      assert.ok(
        kestrelPage.includes('A second paragraph: we release the code &amp; the traces.'),
        'the abstract keeps its paragraphs',
      );
      assert.ok(
        site
          .read('dist/publications/ember-eurosys23/index.html')
          .includes('even for models with {10}s of layers; see the _ember_ tool.'),
      );
      assert.match(
        site.read('dist/publications/swift-tmc25/index.html'),
        /<strong class="owner"[^>]*>Q\. Wang<\/strong>/,
        'the owner is recognised by initials',
      );
      assert.match(
        site.read('dist/publications/tide-arxiv25.bib'),
        /author = \{Wang, Qipeng and Li, Aoyu and Zhang, Ying and others\}/,
        '"and others" survives into the BibTeX export',
      );
    } finally {
      site.remove();
    }
  });

  test('import:bib exits 1 on a file it cannot read, 2 without a file', async () => {
    const site = authoringSite();
    try {
      site.write('bib/empty.bib', 'This is not BibTeX.\n');
      const missing = await run(site, 'import-bib.ts', ['bib/nowhere.bib']);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /cannot read bib\/nowhere\.bib/);
      const empty = await run(site, 'import-bib.ts', ['bib/empty.bib']);
      assert.equal(empty.code, 1);
      assert.match(empty.stderr, /bib\/empty\.bib holds no BibTeX record/);
      const none = await run(site, 'import-bib.ts', []);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /usage: npm run import:bib/);
    } finally {
      site.remove();
    }
  });

  test('new writes each kind of entry from a template that builds, and refuses to overwrite', async () => {
    const site = authoringSite();
    try {
      const publication = await run(site, 'new-entry.ts', [
        'publication',
        '--title',
        'Kestrel: Fine-Tuning LLMs on Phones',
        '--venue',
        "MobiSys'25",
        '--year',
        '2025',
      ]);
      assert.equal(publication.code, 0, publication.stderr);
      const path = `${PUBLICATIONS}/kestrel-fine-tuning-llms-on-phones.mdx`;
      assert.equal(publication.stdout.trim(), path);
      const written = site.read(path);
      const data = publicationSchema.parse(readEntry(written).data);
      assert.equal(data.order, 8);
      assert.deepEqual(data.authors, ['Qipeng Wang']);
      assert.match(
        written,
        /^# The DOI, without https:\/\/doi\.org\/\.\n# doi: /m,
        'optional fields are there, commented out and explained',
      );

      const again = await run(site, 'new-entry.ts', [
        'publication',
        '--title',
        'Kestrel: Fine-Tuning LLMs on Phones',
      ]);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /already exists; nothing was written/);
      assert.equal(site.read(path), written, 'the existing file is untouched');

      const experience = await run(site, 'new-entry.ts', [
        'experience',
        '--title',
        'Research Intern',
        '--org',
        'Google DeepMind',
        '--start',
        '2024-06',
      ]);
      assert.equal(experience.code, 0, experience.stderr);
      assert.equal(
        experience.stdout.trim(),
        'src/content/experience/google-deepmind-research-intern.mdx',
      );
      const teaching = await run(site, 'new-entry.ts', ['teaching']);
      assert.equal(teaching.code, 0, teaching.stderr);
      assert.equal(teaching.stdout.trim(), 'src/content/teaching/new-teaching.mdx');

      const invalid = await run(site, 'new-entry.ts', [
        'experience',
        '--start',
        '2024-13',
        '--slug',
        'bad-start',
      ]);
      assert.equal(invalid.code, 1);
      assert.match(invalid.stderr, /start: expected a month written YYYY-MM/);
      assert.equal(existsSync(join(site.dir, 'src/content/experience/bad-start.mdx')), false);
      const reserved = await run(site, 'new-entry.ts', ['publication', '--slug', 'selected']);
      assert.equal(reserved.code, 1);
      assert.equal((await run(site, 'new-entry.ts', ['lecture'])).code, 2);
      for (const [args, written] of [
        [['education', '--title', 'M.S.'], 'src/content/education/m-s.mdx'],
        [
          [
            'news',
            '--title',
            'Kestrel was accepted.',
            '--date',
            '2025-01-02',
            '--slug',
            'kestrel-accepted',
          ],
          'src/content/news/kestrel-accepted.mdx',
        ],
        [
          ['talk', '--title', 'Kestrel', '--event', 'MobiSys 2025', '--date', '2025-06-24'],
          'src/content/talks/kestrel.mdx',
        ],
      ] as const) {
        const scaffolded = await run(site, 'new-entry.ts', [...args]);
        assert.equal(scaffolded.code, 0, scaffolded.stderr);
        assert.equal(scaffolded.stdout.trim(), written);
      }

      const { code, output } = await site.build();
      assert.equal(code, 0, output.slice(-3000));
      assert.match(
        site.read('dist/publications/kestrel-fine-tuning-llms-on-phones/index.html'),
        /<h1[^>]*>Kestrel: Fine-Tuning LLMs on Phones<\/h1>/,
      );
      const about = site.read('dist/index.html');
      for (const text of [
        'Kestrel: Fine-Tuning LLMs on Phones',
        'Google DeepMind',
        'Course Title',
        'Kestrel was accepted.',
      ])
        assert.ok(about.includes(text), `the About page shows ${text}`);
      assert.match(site.read('dist/talks/index.html'), /<strong[^>]*>Kestrel<\/strong>/);
      assert.match(site.read('dist/cv/index.html'), /<strong[^>]*>M\.S\.<\/strong>/);
    } finally {
      site.remove();
    }
  });

  test('check summarises the content, fails on a broken entry, and with --strict on missing files', async () => {
    const site = authoringSite();
    try {
      const plain = await run(site, 'check.ts', []);
      assert.equal(plain.code, 0, plain.stderr);
      assert.match(
        plain.stdout,
        /Content check passed with a warning: 7 publications, 1 experience entry, 1 teaching entry, 2 education entries, 0 news items, 0 talks, 1 page, 0 projects; 8 linked files missing from public\/files\/: emdl21-paper\.pdf, .*www21-paper\.pdf\./,
      );
      assert.match(plain.stderr, /warning: 8 linked files are missing from public\//);

      for (const [args, env] of [
        [['--strict'], {}],
        [[], { STRICT_LOCAL_FILES: 'true' }],
      ] as const) {
        const strict = await run(site, 'check.ts', [...args], env);
        assert.equal(
          strict.code,
          1,
          `${args.join(' ')} ${JSON.stringify(env)} fails on the missing files`,
        );
        assert.match(strict.stdout, /Content check FAILED \(--strict\)/);
        assert.match(
          strict.stderr,
          /public\/files\/mobisys22-paper\.pdf \(linked from src\/content\/publications\/melon-mobisys22\.mdx\)/,
        );
      }

      site.addLinkedFiles();
      const complete = await run(site, 'check.ts', ['--strict']);
      assert.equal(complete.code, 0, complete.stderr);
      assert.match(
        complete.stdout,
        /Content check passed: 7 publications, .*; every linked file is in public\/\./,
      );

      site.write(
        `${PUBLICATIONS}/malformed-url.mdx`,
        readFileSync(join(ROOT, 'tests/fixtures/bad-input/malformed-url.mdx')),
      );
      site.write(
        'src/content/teaching/bad-term.mdx',
        readFileSync(join(ROOT, 'tests/fixtures/bad-input/bad-term.mdx')),
      );
      const broken = await run(site, 'check.ts', []);
      assert.equal(broken.code, 1);
      assert.match(
        broken.stderr,
        /src\/content\/publications\/malformed-url\.mdx: venue\.url: expected an absolute http\(s\) URL/,
      );
      assert.match(
        broken.stderr,
        /src\/content\/teaching\/bad-term\.mdx: terms\.0: expected a season and a four-digit year/,
      );
      assert.match(
        broken.stdout,
        /Content check FAILED with 2 problems: 7 publications, 1 experience entry, 1 teaching entry, 2 education entries, 0 news items, 0 talks, 1 page, 0 projects/,
      );
    } finally {
      site.remove();
    }
  });
});
