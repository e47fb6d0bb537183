import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { readEntry } from '../../scripts/lib/frontmatter.ts';
import type { SiteCopy } from '../../scripts/lib/site-copy.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { existingContent } from '../../scripts/lib/migrate/apply.ts';
import { runScript, type Run } from '../support/scripts.ts';

/**
 * `npm run migrate` on three academicpages sites written for the tests, each migrated into a
 * throw-away copy of the project as an author would run it (dry run, real run, second run),
 * then checked and built for real and read back.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => join(ROOT, 'tests/fixtures/academicpages', name);
const golden = (name: string) =>
  readFileSync(join(import.meta.dirname, 'golden', `${name}.txt`), 'utf8').trimEnd();
/** The report without the lines about the project's own content that --replace removes, which change as the project does. */
const report = (run: Run) =>
  run.stdout
    .trimEnd()
    .split('\n')
    .filter((line) => !/^(removes|replaces|would remove|would replace) /.test(line))
    .join('\n');
const page = (site: SiteCopy, path: string) =>
  site.read(path).replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');
/**
 * What a page shows: its <main>, where the old site's text goes (the site's own head scripts are
 * elsewhere), without the search index's data-* attributes, whose quoted values hold the title as
 * text (`data-search-title="… <script>…"` is inert, and not what a visitor sees).
 */
const main = (html: string) =>
  html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/ data-[\w-]+="[^"]*"/g, '');

/** Dry run, run, second run and build of one fixture; the assertions on what it wrote are the caller's. */
async function migrateAndBuild(name: string, check: (site: SiteCopy) => void): Promise<void> {
  const site = fixtureSite('seed');
  try {
    const before = site.sourceHash();
    const owned = existingContent(site.dir);

    const dry = await runScript(site, 'migrate.ts', [fixture(name), '--replace', '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(
      report(dry),
      golden(name)
        .replace(/\(\d+ files? written\)\.$/m, '(dry run: nothing written).')
        .replace(/^Look at the lines.*\n?/m, '')
        .trimEnd(),
    );
    assert.equal(site.sourceHash(), before, '--dry-run writes nothing');

    const real = await runScript(site, 'migrate.ts', [fixture(name), '--replace']);
    assert.equal(real.code, 0, real.stderr);
    assert.equal(report(real), golden(name));
    assert.deepEqual(
      real.stdout.split('\n').filter((line) => line.startsWith('removes ')),
      owned.filter((path) => !real.stdout.includes(`→ ${path}`)).map((path) => `removes ${path}`),
      '--replace names every file it removes',
    );
    assert.deepEqual(
      readFileSync(join(site.dir, 'src/site.config.ts'), 'utf8').match(
        /venues: \[[\s\S]*?\n {2}\],/,
      )?.[0],
      readFileSync(join(ROOT, 'src/site.config.ts'), 'utf8').match(
        /venues: \[[\s\S]*?\n {2}\],/,
      )?.[0],
      "the engine's venues table is kept",
    );

    const after = site.sourceHash();
    const again = await runScript(site, 'migrate.ts', [fixture(name)]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stdout,
      / 0 new, \d+ already present, .*\(0 files written\)\./,
      'a second run adds nothing',
    );
    assert.doesNotMatch(again.stdout, /^new /m);
    assert.equal(site.sourceHash(), after);

    const checked = await site.check();
    assert.equal(checked.code, 0, checked.output);
    const built = await site.build();
    assert.equal(built.code, 0, built.output.slice(-3000));
    check(site);
  } finally {
    site.remove();
  }
}

describe('npm run migrate', { concurrency: true }, () => {
  test('the stock template: its samples are left out, one line each, and what is left builds', () =>
    migrateAndBuild('stock', (site) => {
      assert.deepEqual(existingContent(site.dir), ['src/content/pages/about.mdx']);
      assert.equal(
        existsSync(join(site.dir, 'public/files/paper1.pdf')),
        false,
        'sample files stay behind',
      );
      assert.equal(
        existsSync(join(site.dir, 'src/assets/profile.png')),
        true,
        'the avatar goes through the picture pipeline',
      );
      const about = readEntry(site.read('src/content/pages/about.mdx'));
      assert.deepEqual(about.data, {
        title: 'About me',
        permalink: '/',
        profileCard: true,
        redirectFrom: ['/about/', '/about.html'],
      });
      assert.match(page(site, 'dist/about/index.html'), /http-equiv="refresh" content="0; url=\/"/);
      assert.match(
        page(site, 'dist/index.html'),
        /<h2 id="[^"]*">A data-driven personal website<\/h2>/,
        "kramdown's ===== headings are kept, one level down",
      );
    }));

  test('the lists after a bilingual About page become entries both languages show; the avatar, the pictures and files come along', () =>
    migrateAndBuild('lists', (site) => {
      const melon = readEntry(site.read('src/content/publications/melon-mobisys22.mdx')).data;
      assert.deepEqual(melon, {
        title: 'Melon: Breaking the Memory Wall for Resource-Efficient On-Device Machine Learning',
        authors: [
          'Qipeng Wang',
          'Mengwei Xu',
          'Chao Jin',
          'Xinran Dong',
          'Jinliang Yuan',
          'Xin Jin',
          'Gang Huang',
          'Yunxin Liu',
          'Xuanzhe Liu',
        ],
        venue: { short: "MobiSys'22", url: 'https://dl.acm.org/doi/abs/10.1145/3498361.3538928' },
        date: 2022,
        type: 'conference',
        links: {
          pdf: '/files/mobisys22-paper.pdf',
          slides: '/files/mobisys22-slides.pdf',
          code: 'https://github.com/qipengwang/Melon',
        },
        order: 1,
      });
      assert.deepEqual(readEntry(site.read('src/content/publications/survey-arxiv24.mdx')).data, {
        title: 'A Survey of Resource-efficient LLM and Multimodal Foundation Models',
        authors: ['Mengwei Xu', 'Wangsong Yin', 'Dongqi Cai', 'Qipeng Wang', 'Xuanzhe Liu'],
        venue: { short: 'arXiv', url: 'https://arxiv.org/pdf/2401.08092.pdf' },
        date: '2024-01',
        type: 'preprint',
        arxiv: '2401.08092',
        links: {
          extra: [
            {
              label: 'Paper List',
              url: 'https://github.com/UbiquitousLearning/Efficient_Foundation_Model_Survey',
            },
          ],
        },
        order: 6,
      });
      assert.deepEqual(
        readEntry(site.read('src/content/experience/example-lab-researcher.mdx')).data,
        {
          role: 'Researcher',
          organization: 'Example Lab',
          team: 'Systems Group',
          start: '2025-07',
          mentors: [{ name: 'Ada Lovelace', url: 'https://example.org/ada' }],
        },
      );
      assert.deepEqual(
        readEntry(site.read('src/content/experience/microsoft-research-asia-research-intern.mdx'))
          .data,
        {
          role: 'Research Intern',
          organization: 'Microsoft Research Asia',
          team: 'HEX Group',
          start: '2022-04',
          end: '2023-07',
          mentors: [
            { name: 'Shiqi Jiang', url: 'https://chrisplus.me/' },
            { name: 'Ting Cao', url: 'https://www.microsoft.com/en-us/research/people/ticao/' },
          ],
          honors: ['Star of Tomorrow (Award of Excellent Intern)'],
        },
      );
      assert.deepEqual(
        readEntry(
          site.read('src/content/teaching/peking-university-introduction-to-c-programming.mdx'),
        ).data,
        {
          role: 'Teaching Assistant',
          course: 'Introduction to C++ Programming Language',
          institution: 'Peking University',
          audience: { size: 120, description: 'Undergraduate student' },
          terms: ['Fall 2020', 'Fall 2021', 'Fall 2022', 'Fall 2023'],
        },
      );
      assert.equal(
        readEntry(site.read('src/content/pages/about.mdx')).body.trim(),
        fixtureText('lists-about.mdx').trim(),
        'the lists that became entries leave the page; the item that could not be read stays; the Chinese part is the translation',
      );
      assert.equal(
        site.read('src/content/pages/zh/about.mdx'),
        '---\ntitle: About Me\npermalink: /\nprofileCard: true\n---\n\n我是王启鹏，北京大学计算机学院博士研究生，导师为[刘譞哲](https://liuxuanzhe.com/)教授。这是我的[简历](/files/cv.pdf)。\n\n我的研究方向是面向机器学习的系统，尤其是端侧机器学习系统。\n',
      );
      for (const file of ['cv.pdf', 'mobisys22-paper.pdf', 'www21-paper.pdf'])
        assert.equal(existsSync(join(site.dir, 'public/files', file)), true, file);
      assert.equal(
        existsSync(join(site.dir, 'public/images/melon-overview.png')),
        true,
        'pictures the page uses come along',
      );

      const home = page(site, 'dist/index.html');
      assert.doesNotMatch(
        home,
        /我是王启鹏/,
        'the Chinese text is on the translation, not the English page',
      );
      assert.match(home, /<link rel="alternate" hreflang="zh-CN" href="https:\/\/[^"]+\/zh\/">/);
      const zh = page(site, 'dist/zh/index.html');
      assert.match(zh, /^<!doctype html><html lang="zh-CN"/i);
      assert.match(main(zh), /<p>我是王启鹏/);
      // The lists after the Chinese text are both languages': each page shows them from the collections.
      for (const shown of [main(home), main(zh)])
        for (const item of [
          'Melon: Breaking the Memory Wall for Resource-Efficient On-Device Machine Learning',
          'Microsoft Research Asia',
          'Introduction to C++ Programming Language',
        ])
          assert.ok(shown.includes(item), item);
      assert.match(home, /<h2 id="publications">Publications<\/h2>/);
      assert.match(home, /Star of Tomorrow/);
      for (const [label, href] of [
        ['Google Scholar', 'https://scholar.google.com/citations?user=AbCdEfGhIjKL'],
        ['ORCID', 'https://orcid.org/0000-0002-1825-0097'],
        ['LinkedIn', 'https://www.linkedin.com/in/qipengwang/'],
        ['Mastodon', 'https://mastodon.social/@qipeng'],
        ['Kaggle', 'https://www.kaggle.com/qipengwang'],
      ]) {
        assert.ok(home.includes(`<a href="${href}">${label}`), `${label} on the profile card`);
      }
      assert.match(home, /<picture>/, 'the avatar is a picture');
    }));

  test('_publications/, _talks/, _posts/, _portfolio/, a page and a baseurl: old addresses redirect under the new base; hostile text stays text', () =>
    migrateAndBuild('collections', (site) => {
      const config = readFileSync(join(site.dir, 'src/site.config.ts'), 'utf8');
      assert.match(config, /base: '\/homepage\/research\/'/);
      const ember = readEntry(site.read('src/content/publications/ember-eurosys-2023.mdx'));
      assert.deepEqual(ember.data.redirectFrom, ['/publication/2023-04-ember']);
      assert.deepEqual(ember.data.links, {
        pdf: '/files/ember-paper.pdf',
        slides: '/files/ember-slides.pdf',
      });
      assert.match(
        page(site, 'dist/publication/2023-04-ember/index.html'),
        /url=\/homepage\/research\/publications\/ember-eurosys-2023\//,
      );
      assert.match(
        page(site, 'dist/talks/2024-05-keynote/index.html'),
        /url=\/homepage\/research\/talks\/#2024-05-keynote/,
      );

      const home = main(page(site, 'dist/index.html'));
      assert.doesNotMatch(home, /<script/i, 'no script from the old page');
      assert.doesNotMatch(home, /onclick|steal\(\)/);
      assert.match(home, /The set \{x \| x &gt; 0\} is {2}strong\./);
      assert.match(home, /<p>import fs from “node:fs”<\/p>/, 'an import line is shown as text');
      // A post, a portfolio item and a page of the old site's own come along as text, and the menu links the page.
      const post = main(page(site, 'dist/posts/field-notes/index.html'));
      assert.doesNotMatch(post, /<script|<img[^>]*onerror/i, 'the old text is shown, never run');
      assert.match(post, /Field notes: \{props\.secret\} &lt;script&gt;/);
      assert.match(post, /We measured it\. \{props\.secret\}/);
      assert.match(post, /<p>import fs from ‘node:fs’<\/p>/);
      assert.match(
        page(site, 'dist/systems/2024/05/02/field-notes.html'),
        /url=\/homepage\/research\/posts\/field-notes\//,
      );
      const project = main(page(site, 'dist/projects/ember-cluster/index.html'));
      assert.doesNotMatch(project, /<script|onerror|<widget/i);
      assert.match(project, /The cluster\. +\{props\.secret\}/);
      assert.match(project, /<p>export const leak = 2<\/p>/);
      assert.match(page(site, 'dist/research/index.html'), /Projects I work on\./);
      assert.match(
        page(site, 'dist/index.html'),
        /<a href="\/homepage\/research\/research\/"[^>]*>Research<\/a>/,
      );
      const paper = main(page(site, 'dist/publications/ember-eurosys-2023/index.html'));
      assert.match(paper, /We present Ember\. \{props\.secret\}/);
      assert.match(paper, /<p>export const leak = 1<\/p>/);
      assert.doesNotMatch(paper, /onerror/);
      // The description with quotes, backticks, ${…} and backslashes reaches the page exactly: it never became code.
      assert.ok(
        page(site, 'dist/index.html').includes(
          '<meta name="description" content="Ada Example: distributed systems &quot;with&quot; ${quotes} `backticks` and \\ backslashes\'); process.exit(1); (\'">',
        ),
        'the description is text',
      );
    }));
});

const fixtureText = (name: string) =>
  readFileSync(join(import.meta.dirname, 'golden', name), 'utf8');

describe('npm run migrate refuses what it cannot do, and says why', { concurrency: true }, () => {
  const site = fixtureSite('seed');
  test.after(() => site.remove());

  test('a folder that is not a Jekyll site', async () => {
    const empty = join(tmpdir(), `not-jekyll-${process.pid}`);
    mkdirSync(join(empty, 'docs'), { recursive: true });
    const run = await runScript(site, 'migrate.ts', [empty]);
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr.trim(),
      `error: ${empty} is not a Jekyll site: it has no _config.yml, _pages/ or _posts/`,
    );
  });

  test('a Jekyll site without _config.yml', async () => {
    const folder = join(tmpdir(), `no-config-${process.pid}`);
    mkdirSync(join(folder, '_pages'), { recursive: true });
    writeFileSync(join(folder, '_pages/about.md'), '---\npermalink: /\n---\nHi\n');
    const run = await runScript(site, 'migrate.ts', [folder]);
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr.trim(),
      `error: ${folder} has no _config.yml: give the root folder of the Jekyll site (the one holding _config.yml)`,
    );
  });

  test('a second run over an owner file edited since is refused; --replace names it', async () => {
    const own = fixtureSite('seed');
    try {
      assert.equal((await runScript(own, 'migrate.ts', [fixture('lists'), '--replace'])).code, 0);
      const edited = `${own.read('src/site.config.ts')}// my edit\n`;
      own.write('src/site.config.ts', edited);
      const again = await runScript(own, 'migrate.ts', [fixture('lists')]);
      assert.equal(again.code, 1);
      assert.equal(
        again.stderr.trim(),
        'error: the migration would change 1 file you may have edited since the last one (e.g. src/site.config.ts).\nRun with --replace to overwrite them; it lists every file it replaces.',
      );
      assert.equal(own.read('src/site.config.ts'), edited, 'the edit is kept');
      const replaced = await runScript(own, 'migrate.ts', [
        fixture('lists'),
        '--replace',
        '--dry-run',
      ]);
      assert.equal(replaced.code, 0);
      assert.match(replaced.stdout, /^would replace src\/site\.config\.ts$/m);
    } finally {
      own.remove();
    }
  });

  test('a project that already holds content, without --replace', async () => {
    const before = site.sourceHash();
    const run = await runScript(site, 'migrate.ts', [fixture('stock')]);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /^error: the project already holds content \(\d+ files in src\/content\/, e\.g\. src\/content\/[\w/.-]+\)\.\nRun with --replace/,
    );
    assert.equal(site.sourceHash(), before, 'nothing written');

    // The first command docs/migrating.md gives: a dry run shows the whole plan, and what --replace would remove.
    const dry = await runScript(site, 'migrate.ts', [fixture('stock'), '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^would remove src\/content\/[\w/.-]+$/m);
    assert.match(dry.stdout, /^new _pages\/about\.md → src\/content\/pages\/about\.mdx$/m);
    assert.match(
      dry.stdout.trimEnd(),
      /\(dry run: nothing written\)\.\nA real run needs --replace, which removes the files above marked "would remove"\.$/,
    );
    assert.equal(site.sourceHash(), before, 'nothing written');
  });
});
