import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { arxivIdOf, authorsOf, dateOfLabel, linksOf, typeOfLabel, yearMonthOf } from '../../scripts/lib/migrate/about-lists.ts';
import { applyWrites } from '../../scripts/lib/migrate/apply.ts';
import { ownerAuthor, ownerFields, readJekyllConfig } from '../../scripts/lib/migrate/jekyll-config.ts';
import { convertBody, siteLink } from '../../scripts/lib/migrate/kramdown.ts';
import { planMigration } from '../../scripts/lib/migrate/plan.ts';
import { codeInEntry } from '../../scripts/lib/inert-entry.ts';
import { profileLinks } from '../../src/lib/profile-links.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OLD = { url: 'https://ada.example.org', baseurl: '/research' };

describe('kramdown and Liquid into inert MDX', () => {
  const cases: [string, string, string[]][] = [
    ['[CV]({{ base_path }}/files/cv.pdf)', '[CV](/files/cv.pdf)', []],
    ['{% include base_path %}[CV](../files/cv.pdf)', '[CV](/files/cv.pdf)', []],
    ['[CV]({{ site.baseurl }}/files/cv.pdf)', '[CV](/files/cv.pdf)', []],
    ['A notice.\n{: .notice}', 'A notice.\n', []],
    ['\\[see below\\]', '\\[see below\\]', []],
    ['Count {{ site.count }}.', 'Count .', ['line 1: Liquid "{{ site.count }}" has no equivalent here and was left out']],
    ['<script>alert(1)</script>Hi', 'Hi', ['line 1: raw HTML <script> was left out (it would run or embed something)']],
    ['<b>Bold</b> and <em>it</em>', '**Bold** and *it*', []],
    ['<a href="/files/x.pdf">X</a>', '[X](/files/x.pdf)', []],
    ['<a href="javascript:alert(1)">X</a>', 'X', ['line 1: a raw HTML link without a usable address was kept as its text']],
    ['<div class="x">Box</div>', 'Box', ['line 1: raw HTML <div> was turned into plain text (only Markdown is kept)']],
    ['{x} and <Comp />', '\\{x\\} and', ['line 1: raw HTML <comp> was turned into plain text (only Markdown is kept)']],
    ['import x from "y"', '&#x69;mport x from "y"', []],
    ['`{code}` stays', '`{code}` stays', []],
    ['# Heading', '## Heading', []],
    ['<!-- hidden -->Shown', 'Shown', []],
    ['<https://example.org>', '[https://example.org](https://example.org)', []],
  ];
  for (const [source, text, notes] of cases) {
    test(JSON.stringify(source), () => {
      const converted = convertBody(source, OLD);
      assert.equal(converted.text, text);
      assert.deepEqual(
        converted.notes.map((note) => `line ${note.line}: ${note.why}`),
        notes,
      );
      assert.equal(codeInEntry(`---\ntitle: x\n---\n\n${converted.text}\n`), undefined, 'the result is inert');
    });
  }

  test('links of the old site become site paths', () => {
    assert.equal(siteLink('https://ada.example.org/research/files/a.pdf', OLD), '/files/a.pdf');
    assert.equal(siteLink('/research/files/a.pdf', OLD), '/files/a.pdf');
    assert.equal(siteLink('../../files/a.pdf', OLD), '/files/a.pdf');
    assert.equal(siteLink('files/a.pdf', OLD), '/files/a.pdf');
    assert.equal(siteLink('https://other.org/files/a.pdf', OLD), 'https://other.org/files/a.pdf');
  });
});

describe('list items read into entries', () => {
  test('months and date ranges', () => {
    for (const [text, month] of [
      ['April 2022', '2022-04'],
      ['Apr. 2022', '2022-04'],
      ['2022.04', '2022-04'],
      ['2022-4', '2022-04'],
      ['04/2022', '2022-04'],
      ['Now', undefined],
      ['Smarch 2022', undefined],
      ['2022-13', undefined],
    ] as const) {
      assert.equal(yearMonthOf(text), month, text);
    }
  });
  test('the date a label or link says', () => {
    assert.deepEqual(dateOfLabel("MobiSys'22", undefined), { year: 2022 });
    assert.deepEqual(dateOfLabel('ICSE 2024', undefined), { year: 2024 });
    assert.deepEqual(dateOfLabel('arXiv', 'https://arxiv.org/pdf/2402.05981'), { year: 2024, month: 2 });
    assert.equal(dateOfLabel('Poster', 'https://example.org'), undefined);
    assert.equal(arxivIdOf('https://arxiv.org/pdf/2401.08092.pdf'), '2401.08092');
  });
  test('the type a label suggests', () => {
    assert.deepEqual(["MobiSys'22", 'arXiv', "EMDL@Mobisys'21", "TMC'22", 'Journal of Examples', 'IMWUT'].map(typeOfLabel), [
      'conference',
      'preprint',
      'workshop',
      'journal',
      'journal',
      'journal',
    ]);
  });
  test('authors, with the owner in bold or by name', () => {
    assert.deepEqual(authorsOf('A B, **Qipeng Wang**, C D.', 'Qipeng Wang'), ['A B', 'Qipeng Wang', 'C D']);
    assert.deepEqual(authorsOf('A B and **Q. Wang**', 'Qipeng Wang'), ['A B', { name: 'Q. Wang', owner: true }]);
    assert.deepEqual(authorsOf('A B, Qipeng Wang', 'Qipeng Wang'), ['A B', 'Qipeng Wang']);
    assert.equal(authorsOf('A B, C D', 'Qipeng Wang'), undefined);
  });
  test('links by their label', () => {
    assert.deepEqual(linksOf('\\[[pdf](/files/a.pdf)\\], \\[[Slides](/files/s.pdf)\\], \\[[code](https://g.com/x)\\], \\[[Paper List](https://g.com/y)\\]'), {
      pdf: '/files/a.pdf',
      slides: '/files/s.pdf',
      code: 'https://g.com/x',
      extra: [{ label: 'Paper List', url: 'https://g.com/y' }],
    });
  });
});

describe('_config.yml into the owner file', () => {
  test("academicpages' profile keys", () => {
    assert.deepEqual(
      ownerAuthor({
        name: 'Ada',
        googlescholar: 'https://scholar.google.com/citations?user=AbCdEfGhIjKL&hl=en',
        orcid: 'https://orcid.org/0000-0002-1825-0097',
        researchgate: 'https://www.researchgate.net/profile/Ada-X?ev=1',
        linkedin: 'https://www.linkedin.com/in/ada-x/',
        twitter: 'https://x.com/ada',
        bluesky: 'ada.bsky.social',
        mastodon: 'https://hci.social/@ada',
        kaggle: 'ada',
        youtube: '@adax',
        pronouns: 'she/her',
        flavour: 'vanilla',
      }),
      {
        author: {
          name: 'Ada',
          googleScholar: 'AbCdEfGhIjKL',
          orcid: '0000-0002-1825-0097',
          researchgate: 'Ada-X',
          linkedin: 'ada-x',
          twitter: 'ada',
          bluesky: 'ada.bsky.social',
          mastodon: '@ada@hci.social',
          otherProfiles: [
            { label: 'Kaggle', url: 'https://www.kaggle.com/ada' },
            { label: 'YouTube', url: 'https://youtube.com/@adax' },
          ],
        },
        notes: ['author.flavour ("vanilla") is not a profile link this site knows'],
      },
    );
  });

  test('values the schema refuses are left out or replaced, with a note each, and the rest loads', () => {
    const site = readJekyllConfig('title: "T"\nurl: ftp://x\nlocale: english\nauthor:\n  name: "N"\n  email: "not-an-email"\n  twitter: "@@@"\n');
    const { fields, notes } = ownerFields(site);
    assert.equal(siteSchema.safeParse(fields).success, true);
    assert.deepEqual(notes, [
      'url ("ftp://x") is not a web address: https://example.org was written; put the site\'s address in url',
      'author.employer is empty: write your affiliation in author.affiliation',
      'author.bio is empty: write a short line in author.bio',
      'replaced locale: expected a language tag such as en-US',
      'left out author.email: expected an email address',
      'left out author.twitter: expected an X (Twitter) user name such as qipengwang, without @',
    ]);
  });

  test('a broken _config.yml is refused with its line', () => {
    assert.throws(() => readJekyllConfig('title: "T\nurl: x\n'), /^Error: line \d+: /);
  });
});

describe('profile links on the card', () => {
  test('addresses from the checked handles', () => {
    const author = siteSchema.parse({
      title: 'T',
      url: 'https://example.org',
      locale: 'en-US',
      description: 'D',
      author: {
        name: 'N',
        bio: 'B',
        affiliation: 'A',
        googleScholar: 'AbCdEfGhIjKL',
        orcid: '0000-0002-1825-0097',
        twitter: 'ada',
        mastodon: '@ada@hci.social',
        otherProfiles: [{ label: 'Kaggle', url: 'https://www.kaggle.com/ada' }],
      },
    }).author;
    assert.deepEqual(profileLinks(author), [
      { label: 'Google Scholar', href: 'https://scholar.google.com/citations?user=AbCdEfGhIjKL', icon: 'scholar' },
      { label: 'ORCID', href: 'https://orcid.org/0000-0002-1825-0097', handle: '0000-0002-1825-0097', icon: 'id' },
      { label: 'X (Twitter)', href: 'https://x.com/ada', handle: '@ada', icon: 'message' },
      { label: 'Mastodon', href: 'https://hci.social/@ada', handle: '@ada@hci.social', icon: 'message' },
      { label: 'Kaggle', href: 'https://www.kaggle.com/ada', icon: 'link' },
    ]);
  });
  test('handles that would build another address are refused', () => {
    for (const [field, value] of [
      ['googleScholar', 'x" onload="'],
      ['orcid', '0000-0002-1825'],
      ['twitter', 'ada/../evil'],
      ['bluesky', 'javascript:alert(1)'],
      ['mastodon', 'ada@evil.example/x'],
      ['linkedin', 'a b'],
      ['researchgate', 'x/../y'],
    ]) {
      const parsed = siteSchema.safeParse({
        title: 'T',
        url: 'https://example.org',
        locale: 'en-US',
        description: 'D',
        author: { name: 'N', bio: 'B', affiliation: 'A', [field!]: value },
      });
      assert.equal(parsed.success, false, `${field}: ${value}`);
    }
  });
});

describe('a bilingual About page, split', () => {
  test('with the split on, about.mdx and zh/about.mdx are written, and languages in the owner file', () => {
    const plan = planMigration({
      source: join(ROOT, 'tests/fixtures/academicpages/lists'),
      splitLanguages: true,
      shippedOwnerFile: readFileSync(join(ROOT, 'src/site.config.ts'), 'utf8'),
    });
    const file = (path: string) => String(plan.writes.find((write) => write.path === path)?.content);
    assert.equal(
      file('src/content/pages/zh/about.mdx'),
      '---\ntitle: About Me\npermalink: /\nprofileCard: true\n---\n\n我是王启鹏，北京大学计算机学院博士研究生，导师为[刘譞哲](https://liuxuanzhe.com/)教授。这是我的[简历](/files/cv.pdf)。\n\n我的研究方向是面向机器学习的系统，尤其是端侧机器学习系统。\n',
    );
    assert.doesNotMatch(file('src/content/pages/about.mdx'), /我是|lang=/);
    assert.match(
      file('src/site.config.ts'),
      /languages: \[\n {4}\{ code: "en", locale: "en-US", label: "English" \},\n {4}\{ code: "zh", locale: "zh-CN", label: "中文" \},\n {2}\]/,
    );
    assert.ok(plan.lines.some((line) => line.kind === 'new' && line.checks.includes('bilingual page split into about.mdx and zh/about.mdx')));
  });
});

describe('writing all at once', () => {
  test('a write that fails leaves the project as it was', () => {
    const root = mkdtempSync(join(tmpdir(), 'apply-'));
    try {
      mkdirSync(join(root, 'src/content/pages'), { recursive: true });
      writeFileSync(join(root, 'src/content/pages/about.mdx'), 'old');
      writeFileSync(join(root, 'blocker'), 'a file where a folder is wanted');
      assert.throws(() =>
        applyWrites(
          root,
          [
            { path: 'src/content/pages/about.mdx', content: 'new' },
            { path: 'blocker/inside.txt', content: 'x' },
          ],
          [],
        ),
      );
      assert.equal(readFileSync(join(root, 'src/content/pages/about.mdx'), 'utf8'), 'old');
      assert.equal(existsSync(join(root, 'blocker/inside.txt')), false);
      assert.deepEqual(readFileSync(join(root, 'blocker'), 'utf8'), 'a file where a folder is wanted');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
