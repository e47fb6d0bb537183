import assert from 'node:assert/strict';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  existsSync,
  linkSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import {
  arxivIdOf,
  authorsOf,
  dateOfLabel,
  linksOf,
  readListSections,
  typeOfLabel,
  yearMonthOf,
} from '../../../scripts/lib/migrate/about-lists.ts';
import { applyWrites } from '../../../scripts/lib/migrate/apply.ts';
import {
  ownerAuthor,
  ownerFields,
  readJekyllConfig,
} from '../../../scripts/lib/migrate/jekyll-config.ts';
import { convertBody, siteLink } from '../../../scripts/lib/migrate/kramdown.ts';
import {
  jekyllPostAddress,
  postFromJekyll,
  postName,
  projectFromJekyll,
} from '../../../scripts/lib/migrate/jekyll-entries.ts';
import { splitLanguages } from '../../../scripts/lib/migrate/language-split.ts';
import { planMigration } from '../../../scripts/lib/migrate/plan.ts';
import { reportLine } from '../../../scripts/lib/migrate/report.ts';
import { codeInEntry } from '../../../scripts/lib/inert-entry.ts';
import { readEntry } from '../../../scripts/lib/frontmatter.ts';
import { profileLinks } from '#lib/profile/profile-links.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const OLD = { url: 'https://ada.example.org', baseurl: '/research' };

describe('kramdown and Liquid into inert MDX', () => {
  const cases: [string, string, string[]][] = [
    ['[CV]({{ base_path }}/files/cv.pdf)', '[CV](/files/cv.pdf)', []],
    ['{% include base_path %}[CV](../files/cv.pdf)', '[CV](/files/cv.pdf)', []],
    ['[CV]({{ site.baseurl }}/files/cv.pdf)', '[CV](/files/cv.pdf)', []],
    ['A notice.\n{: .notice}', 'A notice.\n', []],
    ['\\[see below\\]', '\\[see below\\]', []],
    [
      'Count {{ site.count }}.',
      'Count .',
      ['line 1: Liquid "{{ site.count }}" has no equivalent here and was left out'],
    ],
    [
      '<script>alert(1)</script>Hi',
      'Hi',
      ['line 1: raw HTML <script> was left out (it would run or embed something)'],
    ],
    ['<b>Bold</b> and <em>it</em>', '**Bold** and *it*', []],
    ['<a href="/files/x.pdf">X</a>', '[X](/files/x.pdf)', []],
    [
      '<a href="javascript:alert(1)">X</a>',
      'X',
      ['line 1: a raw HTML link without a usable address was kept as its text'],
    ],
    [
      '<div class="x">Box</div>',
      'Box',
      ['line 1: raw HTML <div> was turned into plain text (only Markdown is kept)'],
    ],
    [
      '{x} and <Comp />',
      '\\{x\\} and',
      ['line 1: raw HTML <comp> was turned into plain text (only Markdown is kept)'],
    ],
    ['import x from "y"', '&#x69;mport x from "y"', []],
    ['`{code}` stays', '`{code}` stays', []],
    ['# Heading', '## Heading', []],
    ['<!-- hidden -->Shown', 'Shown', []],
    ['<https://example.org>', '[https://example.org](https://example.org)', []],
    [
      '[me](javascript:alert(1))',
      'me)',
      ['line 1: a link to "javascript:alert(1" would run script; only its text was kept'],
    ],
    [
      '[me](javascript&#58;alert)',
      'me',
      ['line 1: a link to "javascript&#58;alert" would run script; only its text was kept'],
    ],
    [
      '[me](JaVaScRiPt\\:alert)',
      'me',
      ['line 1: a link to "JaVaScRiPt\\\\:alert" would run script; only its text was kept'],
    ],
    [
      '![x](data:text/html;base64,PHNjcmlwdD4=)',
      'x',
      [
        'line 1: a link to "data:text/html;base64,PHNjcmlwdD4=" would run script; only its text was kept',
      ],
    ],
    [
      '[cv][1]\n\n[1]: javascript:alert(1)',
      '[cv][1]\n\n',
      ['line 3: a link to "javascript:alert(1)" would run script; it was left out'],
    ],
    ['[ok](page.html) [mail](mailto:a@b.org)', '[ok](page.html) [mail](mailto:a@b.org)', []],
    ['Math: $\\{ x \\}$', 'Math: $\\{ x \\}$', []],
    // Formulas are TeX, literal to the build: kept as written, braces and < included.
    ['Bound $a<b$ and $\\frac{1}{2}$.', 'Bound $a<b$ and $\\frac{1}{2}$.', []],
    ['$$\n\\frac{a}{b} < c\n$$\n{x}', '$$\n\\frac{a}{b} < c\n$$\n\\{x\\}', []],
    // A formula ends a would-be code span early, as the build reads it: what follows is escaped prose.
    [
      'Cost $`$ <b onclick="alert(1)">x</b> ` end.',
      'Cost $`$ x** ` end.',
      ['line 1: raw HTML <b> was turned into plain text (only Markdown is kept)'],
    ],
    [
      'Seen\n{::comment}\nmy salary\n{:/comment}\nSeen too',
      'Seen\n\n\n\nSeen too',
      ['line 2: a kramdown {::comment} (never shown on the old site) was left out'],
    ],
    [
      '{% if a %}\nx\n{% endif %}\n<div>y</div>',
      '\nx\n\ny',
      [
        'line 1: Liquid "{% if a %}" has no equivalent here and was left out',
        'line 3: Liquid "{% endif %}" has no equivalent here and was left out',
        'line 4: raw HTML <div> was turned into plain text (only Markdown is kept)',
      ],
    ],
    // Relative paths resolve inside the old site's files/ and images/, or are refused: the build reads a relative picture from the disk.
    [
      '![logo](assets/../../../../../other/assets/logo.svg)',
      'logo',
      [
        'line 1: a picture at "assets/../../../../../other/assets/logo.svg" is outside the old site\'s files/ and images/; only its text was kept',
      ],
    ],
    [
      '![me](pics/../../../../home/someone/private-photo.png)',
      'me',
      [
        'line 1: a picture at "pics/../../../../home/someone/private-photo.png" is outside the old site\'s files/ and images/; only its text was kept',
      ],
    ],
    [
      '![me](images/x/../me.png) [cv](files/./cv.pdf)',
      '![me](/images/me.png) [cv](/files/cv.pdf)',
      [],
    ],
    [
      '<img src="images/../../secret.png" alt="s">',
      '',
      ['line 1: a raw HTML picture without a usable address was left out'],
    ],
    [
      '![me][p]\n\n[p]: pics/me.png',
      '![me][p]\n\n',
      [
        'line 3: a link to "pics/me.png" is outside the old site\'s files/ and images/; it was left out',
      ],
    ],
    [
      'a<br>\nb<br/>c\n<span>d</span>',
      'a\\\nb\\\nc\nd',
      ['line 3: raw HTML <span> was turned into plain text (only Markdown is kept)'],
    ],
  ];
  for (const [source, text, notes] of cases) {
    test(JSON.stringify(source), () => {
      const converted = convertBody(source, OLD);
      assert.equal(converted.text, text);
      assert.deepEqual(
        converted.notes.map((note) => `line ${note.line}: ${note.why}`),
        notes,
      );
      assert.equal(
        codeInEntry(`---\ntitle: x\n---\n\n${converted.text}\n`),
        undefined,
        'the result is inert',
      );
    });
  }

  test('links of the old site become site paths', () => {
    assert.equal(siteLink('https://ada.example.org/research/files/a.pdf', OLD), '/files/a.pdf');
    assert.equal(siteLink('/research/files/a.pdf', OLD), '/files/a.pdf');
    assert.equal(siteLink('../../files/a.pdf', OLD), '/files/a.pdf');
    assert.equal(siteLink('files/a.pdf', OLD), '/files/a.pdf');
    assert.equal(siteLink('https://other.org/files/a.pdf', OLD), 'https://other.org/files/a.pdf');
    assert.equal(siteLink('files/../../../etc/passwd', OLD), undefined);
    assert.equal(siteLink('pics/me.png', OLD, { picture: true }), undefined);
    assert.equal(siteLink('images/a/../me.png?v=1', OLD, { picture: true }), '/images/me.png?v=1');
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
    assert.deepEqual(dateOfLabel('arXiv', 'https://arxiv.org/pdf/2402.05981'), {
      year: 2024,
      month: 2,
    });
    assert.equal(dateOfLabel('Poster', 'https://example.org'), undefined);
    assert.equal(arxivIdOf('https://arxiv.org/pdf/2401.08092.pdf'), '2401.08092');
  });
  test('the type a label suggests', () => {
    assert.deepEqual(
      ["MobiSys'22", 'arXiv', "EMDL@Mobisys'21", "TMC'22", 'Journal of Examples', 'IMWUT'].map(
        typeOfLabel,
      ),
      ['conference', 'preprint', 'workshop', 'journal', 'journal', 'journal'],
    );
  });
  test('authors, with the owner in bold or by name', () => {
    assert.deepEqual(authorsOf('A B, **Qipeng Wang**, C D.', 'Qipeng Wang'), [
      'A B',
      'Qipeng Wang',
      'C D',
    ]);
    assert.deepEqual(authorsOf('A B and **Q. Wang**', 'Qipeng Wang'), [
      'A B',
      { name: 'Q. Wang', owner: true },
    ]);
    assert.deepEqual(authorsOf('A B, Qipeng Wang', 'Qipeng Wang'), ['A B', 'Qipeng Wang']);
    assert.equal(authorsOf('A B, C D', 'Qipeng Wang'), undefined);
  });
  test('links by their label', () => {
    assert.deepEqual(
      linksOf(
        '\\[[pdf](/files/a.pdf)\\], \\[[Slides](/files/s.pdf)\\], \\[[code](https://g.com/x)\\], \\[[Paper List](https://g.com/y)\\]',
      ),
      {
        pdf: '/files/a.pdf',
        slides: '/files/s.pdf',
        code: 'https://g.com/x',
        extra: [{ label: 'Paper List', url: 'https://g.com/y' }],
      },
    );
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
    const site = readJekyllConfig(
      'title: "T"\nurl: ftp://x\nlocale: english\nauthor:\n  name: "N"\n  email: "not-an-email"\n  twitter: "@@@"\n',
    );
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
        website: 'https://ada.example.org/',
        otherProfiles: [{ label: 'Kaggle', url: 'https://www.kaggle.com/ada' }],
      },
    }).author;
    // The one label that is a word rather than a name is the page's language (here /zh/'s).
    assert.deepEqual(
      profileLinks(author, '个人网站').find((link) => link.icon === 'globe'),
      { label: '个人网站', href: 'https://ada.example.org/', icon: 'globe' },
    );
    assert.deepEqual(profileLinks(author, 'Website'), [
      {
        label: 'Google Scholar',
        href: 'https://scholar.google.com/citations?user=AbCdEfGhIjKL',
        icon: 'scholar',
      },
      {
        label: 'ORCID',
        href: 'https://orcid.org/0000-0002-1825-0097',
        handle: '0000-0002-1825-0097',
        icon: 'id',
      },
      { label: 'X (Twitter)', href: 'https://x.com/ada', handle: '@ada', icon: 'message' },
      {
        label: 'Mastodon',
        href: 'https://hci.social/@ada',
        handle: '@ada@hci.social',
        icon: 'message',
      },
      { label: 'Website', href: 'https://ada.example.org/', icon: 'globe' },
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
      shippedOwnerFile: readFileSync(join(ROOT, 'src/site.config.ts'), 'utf8'),
    });
    const file = (path: string) =>
      String(plan.writes.find((write) => write.path === path)?.content);
    assert.equal(
      file('src/content/pages/zh/about.mdx'),
      '---\ntitle: About Me\npermalink: /\nprofileCard: true\n---\n\n我是王启鹏，北京大学计算机学院博士研究生，导师为[刘譞哲](https://liuxuanzhe.com/)教授。这是我的[简历](/files/cv.pdf)。\n\n我的研究方向是面向机器学习的系统，尤其是端侧机器学习系统。\n',
    );
    assert.doesNotMatch(file('src/content/pages/about.mdx'), /我是|lang=/);
    assert.match(
      file('src/site.config.ts'),
      /languages: \[\n {4}\{ code: "en", locale: "en-US", label: "English" \},\n {4}\{ code: "zh", locale: "zh-CN", label: "中文" \},\n {2}\]/,
    );
    assert.ok(
      plan.lines.some(
        (line) =>
          line.kind === 'new' &&
          line.checks.includes(
            'bilingual page split into about.mdx and zh/about.mdx; shown on both, from the collections: Publications, Experience, Teaching',
          ),
      ),
    );
  });
});

describe('writing all at once', () => {
  test('what an interrupted migration left is cleaned (its staging) or named (the files it moved aside)', () => {
    const root = mkdtempSync(join(tmpdir(), 'apply-'));
    try {
      mkdirSync(join(root, '.migrate-staging-x1'));
      writeFileSync(join(root, '.migrate-staging-x1/0'), Buffer.alloc(1024 * 1024));
      applyWrites(root, [{ path: 'src/content/pages/about.mdx', content: 'new' }], []);
      assert.deepEqual(readdirSync(root), ['src']);
      mkdirSync(join(root, '.migrate-backup-y2/src'), { recursive: true });
      assert.throws(
        () => applyWrites(root, [{ path: 'src/content/pages/about.mdx', content: 'newer' }], []),
        {
          message:
            '.migrate-backup-y2/ holds files an interrupted migration moved aside: put them back where they were (or delete the folder), then migrate again',
        },
      );
      assert.equal(readFileSync(join(root, 'src/content/pages/about.mdx'), 'utf8'), 'new');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
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
      assert.deepEqual(
        readFileSync(join(root, 'blocker'), 'utf8'),
        'a file where a folder is wanted',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the old site as hostile input', () => {
  const owner = readFileSync(join(ROOT, 'src/site.config.ts'), 'utf8');
  const CONFIG =
    'title: T\nurl: https://ada.example.org\nauthor:\n  name: Ada Example\n  bio: B\n  employer: E\n  avatar: me.png\n';
  /** A throw-away old site from `{ path: content }`, a symbolic link where the content is `{ link }`; the plan of its migration. */
  function migrate(
    files: Record<string, string | Buffer | { link: string } | { hardLink: string }>,
    limits?: { listedFiles?: number; copiedBytes?: number },
  ): ReturnType<typeof planMigration> & { report: string[] } {
    const base = mkdtempSync(join(tmpdir(), 'hostile-'));
    const site = join(base, 'site');
    try {
      writeFileSync(join(base, 'secret.txt'), 'secret-key');
      for (const [path, content] of Object.entries({ '_config.yml': CONFIG, ...files })) {
        mkdirSync(dirname(join(site, path)), { recursive: true });
        if (typeof content === 'string' || Buffer.isBuffer(content))
          writeFileSync(join(site, path), content);
        else {
          const link = content as { link: string } | { hardLink: string };
          if ('hardLink' in link) linkSync(link.hardLink, join(site, path));
          else symlinkSync(link.link, join(site, path));
        }
      }
      const plan = planMigration({
        source: site,
        shippedOwnerFile: owner,
        ...(limits ? { limits } : {}),
      });
      return { ...plan, report: plan.lines.filter((line) => line.kind !== 'new').map(reportLine) };
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }
  const ABOUT = '---\npermalink: /\ntitle: About\n---\n\nHello.\n';
  const written = (plan: { writes: { path: string }[] }) =>
    plan.writes.map((write) => write.path).sort();

  test('symbolic links to outside the site are never read', () => {
    const plan = migrate({
      '_pages/about.md': ABOUT,
      'files/paper.pdf': { link: '../../secret.txt' },
      'images/me.png': { link: '../../secret.txt' },
      '_publications/p.md': { link: '../../secret.txt' },
    });
    assert.deepEqual(written(plan), ['src/content/pages/about.mdx', 'src/site.config.ts']);
    assert.deepEqual(plan.report, [
      'needs a look _config.yml: author.avatar: images/me.png is not there; the card shows your initials',
      'left out _publications/p.md: it is a link to a file outside the old site, which is never read',
      'left out files/paper.pdf: it is a link to a file outside the old site, which is never read',
    ]);
  });

  test('links to folders are never followed while listing, and hard links are never copied', () => {
    const base = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      writeFileSync(join(base, 'outside.pdf'), 'secret');
      const plan = migrate({
        '_pages/about.md': `${ABOUT}\n![me](/images/me.png)\n`,
        'files/loop': { link: '..' },
        'files/etcdir': { link: '/etc' },
        'files/ok.pdf': '%PDF-1.4',
        'files/hard.pdf': { hardLink: join(base, 'outside.pdf') },
        'images/me.png': { hardLink: join(base, 'outside.pdf') },
      });
      assert.deepEqual(written(plan), [
        'public/files/ok.pdf',
        'src/content/pages/about.mdx',
        'src/site.config.ts',
      ]);
      assert.deepEqual(plan.report.slice(1), [
        'needs a look _pages/about.md: links to /images/me.png, a file with other names on the disk (a hard link); it was not copied',
        'left out files/etcdir: it is a link to a folder, which is never followed',
        'left out files/hard.pdf: it has other names on the disk (a hard link), which may be a file outside the old site; copy it yourself if it is yours',
        'left out files/loop: it is a link to a folder, which is never followed',
      ]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  test('a link that climbs out of images/ or files/ is reported and nothing is copied or written outside', () => {
    const plan = migrate({
      '_pages/about.md': `${ABOUT}\n![x](/images/../../secret.txt) [y](/files/%E0%A4%A) [z](/files/a%2f..%2fb)\n`,
    });
    assert.deepEqual(written(plan), ['src/content/pages/about.mdx', 'src/site.config.ts']);
    assert.deepEqual(plan.report.slice(1), [
      `needs a look _pages/about.md:8: a picture at "/images/../../secret.txt" is outside the old site's files/ and images/; only its text was kept`,
      'needs a look _pages/about.md: links to /files/%E0%A4%A, which is not a path on this site (a site path has a "%" that does not start an escape such as %20; write a "%" itself as %25)',
      'needs a look _pages/about.md: links to /files/a%2f..%2fb, which is not a path on this site (a site path may not contain %2e, %2f or %5c (an encoded ".", "/" or "\\"); write the path without them)',
    ]);
  });

  test('files a browser would run are left out; a picture that is not one is not the avatar', () => {
    const plan = migrate({
      '_pages/about.md': ABOUT,
      'images/me.png': 'not a picture',
      'files/page.html': '<script>alert(1)</script>',
      'files/figure.svg': '<svg onload="alert(1)"/>',
      'files/plain.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
      'files/prefixed.svg':
        '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>',
      'files/entity.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript&#58;alert(1)"><text>x</text></a></svg>',
      'files/utf16.svg': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          'utf16le',
        ),
      ]),
      // Any XML type opens as a document that runs its XHTML script (Chromium 156 runs one in a .atom file).
      'files/feed.atom':
        '<feed xmlns="http://www.w3.org/2005/Atom"><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></feed>',
      'files/plain.atom': '<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title></feed>',
      'files/page.xhtm': '<html xmlns="http://www.w3.org/1999/xhtml"/>',
      'files/page.HTM': '<p>x</p>',
    });
    assert.deepEqual(written(plan), [
      'public/files/plain.atom',
      'public/files/plain.svg',
      'src/content/pages/about.mdx',
      'src/site.config.ts',
    ]);
    assert.deepEqual(plan.report, [
      'needs a look _config.yml: author.avatar: images/me.png is not a picture (PNG, JPEG, GIF, WebP or AVIF); the card shows your initials',
      ...[
        'entity.svg',
        'feed.atom',
        'figure.svg',
        'page.HTM',
        'page.html',
        'page.xhtm',
        'prefixed.svg',
        'utf16.svg',
      ].map(
        (file) =>
          `left out files/${file}: a browser would run it as a page or script of the new site's own address; copy it into public/files/ yourself only if you wrote it`,
      ),
    ]);
  });

  test('an old address this site cannot redirect from is left out, and the page still comes', () => {
    const plan = migrate({
      '_pages/home.md':
        '---\npermalink: /\ntitle: Home\nredirect_from:\n  - /../../etc/\n  - /old/\n  - [1, 2]\n---\n\nHello.\n',
    });
    assert.deepEqual(written(plan), ['src/content/pages/about.mdx', 'src/site.config.ts']);
    assert.match(
      String(plan.writes.find((write) => write.path === 'src/content/pages/about.mdx')?.content),
      /redirectFrom:\n {2}- \/old\/\n---/,
    );
    assert.deepEqual(plan.report.slice(1), [
      'needs a look _pages/home.md:1: redirect_from: the old address "/../../etc/" cannot redirect here (a site path may not contain "." or ".." as a folder name, or "//"); it was left out',
      'needs a look _pages/home.md:1: redirect_from: a value that is not a path (a list, a number) was left out',
    ]);
  });

  test('an old address the build would refuse (a copied folder, the feed, an address of Windows devices) is left out, so the project builds', () => {
    const plan = migrate({
      '_pages/home.md':
        '---\npermalink: /\ntitle: Home\nredirect_from:\n  - /files/\n  - /feed.xml\n  - /CON/\n  - /old/\n---\n\nHello.\n',
      'files/paper.pdf': '%PDF-1.4',
    });
    assert.match(
      String(plan.writes.find((write) => write.path === 'src/content/pages/about.mdx')?.content),
      /redirectFrom:\n {2}- \/old\/\n---/,
    );
    assert.deepEqual(plan.report.slice(1), [
      'needs a look _pages/home.md:1: redirect_from: the old address "/CON/" cannot redirect here ("CON" is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1…, LPT1…); a checkout there fails); it was left out',
      'needs a look _pages/home.md:1: redirect_from: the old address "/files/" is the folder public/files/; a redirect there would take its address; it was left out',
      'needs a look _pages/home.md:1: redirect_from: the old address "/feed.xml" is "/feed.xml", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there; it was left out',
    ]);
  });

  test('an About page not at _pages/about.md: the report names its file; a second page at / is not written over it', () => {
    const plan = migrate({
      '_pages/home.md':
        '---\npermalink: /\ntitle: Home\n---\n\n# Publications\n\n- [Not a paper]\n',
      '_pages/zz-old-home.md': '---\npermalink: /\ntitle: Old\n---\n\nOld text.\n',
    });
    assert.deepEqual(plan.report.slice(1), [
      'needs a look _pages/home.md:8: the publication "Not a paper" has no title; it was kept in the page',
      'needs a look _pages/zz-old-home.md:1: _pages/home.md is already the About page (permalink /); this one was not migrated: move its text into it',
    ]);
    assert.match(
      String(plan.writes.find((write) => write.path === 'src/content/pages/about.mdx')?.content),
      /^title: Home$/m,
    );
  });

  test('control characters and text-direction overrides go, each named with its line; aliases are not expanded', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'
        .split('')
        .map(
          (name, index) =>
            `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`,
        ),
    ];
    const plan = migrate({
      '_pages/about.md': `${ABOUT}Bell\u0007 and \u202Eevil\n`,
      '_publications/p.md': `---\ntitle: "Paper\u202E"\ndate: 2020-01-01\n${bomb.join('\n')}\nauthors: *i\npermalink: *i\n---\n`,
    });
    assert.deepEqual(plan.report.slice(1), [
      'needs a look _pages/about.md:7: a control character (U+0007) was removed',
      'needs a look _publications/p.md:2: a text-direction override (U+202E) was removed',
      'needs a look _publications/p.md:1: permalink: a value that is not a path (a list, a number) was left out',
    ]);
    assert.match(
      String(plan.writes.find((write) => write.path === 'src/content/pages/about.mdx')?.content),
      /Bell and evil/,
    );
  });

  test('posts, portfolio items, pages and the menu: hostile text stays text', () => {
    const HOSTILE_BODY =
      'Hi {props.secret} <script>steal()</script>\n\nimport fs from "node:fs"\n\nexport const leak = 1\n\n<img src=x onerror="steal()">\n\n<Widget />\n';
    const plan = migrate({
      '_config.yml': `${CONFIG}permalink: /:categories/:title/\n`,
      '_pages/about.md': ABOUT,
      '_pages/notes.md': `---\ntitle: "Notes {x} </script>"\npermalink: /notes/\n---\n\n${HOSTILE_BODY}`,
      '_pages/evil.md': '---\ntitle: Evil\npermalink: "javascript:alert(1)"\n---\n\nText.\n',
      '_posts/2024-03-14-hello.md': `---\ntitle: "Hello <b onclick=x>\\u0060\${x}"\ncategories: [Field Notes]\ntags: ["</script>", Edge ML]\nexcerpt: "<img src=x onerror=steal()> An excerpt {y}"\n---\n\n${HOSTILE_BODY}`,
      '_portfolio/robot.md': `---\ntitle: "Robot {z}"\nexcerpt: "<img src='/images/x.gif'>"\n---\n\n${HOSTILE_BODY}`,
      '_data/navigation.yml':
        'main:\n  - title: "Notes\\"); alert(1); (\\""\n    url: /notes/\n  - title: Evil\n    url: "javascript:alert(1)"\n',
    });
    const file = (path: string) =>
      String(plan.writes.find((write) => write.path === path)?.content);
    for (const path of [
      'src/content/pages/notes.mdx',
      'src/content/posts/hello.mdx',
      'src/content/projects/robot.mdx',
    ]) {
      const content = file(path);
      assert.equal(
        codeInEntry(content, { languageWrappers: path.includes('/pages/') }),
        undefined,
        path,
      );
      // The body shows the text; the front matter holds it as YAML text, which pages print escaped.
      assert.doesNotMatch(
        readEntry(content).body,
        /<script|onerror|<Widget|^import |^export |[^\\]\{props/m,
        path,
      );
    }
    const post = readEntry(file('src/content/posts/hello.mdx'));
    assert.deepEqual(post.data, {
      title: 'Hello <b onclick=x>`${x}',
      date: '2024-03-14',
      description: 'An excerpt {y}',
      tags: ['script', 'edge-ml', 'field-notes'],
      redirectFrom: ['/field%20notes/hello/'],
    });
    assert.deepEqual(readEntry(file('src/content/projects/robot.mdx')).data, {
      title: 'Robot {z}',
      summary: 'Hi {props.secret}',
      redirectFrom: ['/portfolio/robot/'],
    });
    assert.equal(readEntry(file('src/content/pages/notes.mdx')).data.title, 'Notes {x} </script>');
    assert.ok(
      file('src/site.config.ts').includes(
        '{ label: "Notes\\"); alert(1); (\\"", path: "/notes/" }',
      ),
      'the menu label is a string in the owner file, nothing more',
    );
    assert.deepEqual(
      plan.report.filter((line) => /evil|Evil|menu/.test(line)),
      [
        'needs a look _pages/evil.md:1: its permalink "javascript:alert(1)/" is not a path on this site (expected a path on this site starting with "/", e.g. /files/cv.pdf); it was not migrated: copy its text into a page of your own (npm run new -- page)',
        'needs a look _data/navigation.yml: the menu link "Evil" (javascript:alert(1)) leads to no page of the new site; it was left out of the menu',
      ],
    );
  });

  test("the template's own pages, as it ships them, are left out with a line each, not made the author's", () => {
    const plan = migrate({
      '_pages/about.md': ABOUT,
      '_pages/404.md':
        '---\ntitle: "Page Not Found"\nsitemap: false\npermalink: /404.html\n---\n\nSorry, but the page you were trying to view does not exist.\n',
      '_pages/markdown.md':
        '---\npermalink: /markdown/\ntitle: "Markdown"\n---\n\n## Locations of key files/directories\n\n* Basic config options: _config.yml\n* Top navigation bar config: _data/navigation.yml\n',
      '_pages/non-menu-page.md':
        '---\npermalink: /non-menu-page/\ntitle: "Page not in menu"\n---\n\nThis is a page not in the menu. You can use markdown in this page.\n\nHeading 1\n======\n',
      '_pages/terms.md':
        '---\npermalink: /terms/\ntitle: "Terms and Privacy Policy"\n---\n\n{% include base_path %}\n\n## Privacy Policy\n\nThe privacy of my visitors is extremely important. This Privacy Policy outlines the types of personal information that is received and collected and how it is used.\n',
      '_pages/sitemap.md':
        '---\nlayout: archive\ntitle: "Sitemap"\npermalink: /sitemap/\n---\n\n{% include base_path %}\n\nA list of all the posts and pages found on the site. For you robots out there, there is an [XML version]({{ base_path }}/sitemap.xml) available for digesting as well.\n\n<h2>Pages</h2>\n{% for post in site.pages %}\n  {% include archive-single.html %}\n{% endfor %}\n',
      '_pages/talkmap.html':
        '---\nlayout: archive\ntitle: "Talk map"\npermalink: /talkmap.html\n---\n\n<p>This map is generated from a Jupyter Notebook file in <a href="https://github.com/academicpages/academicpages.github.io/blob/master/talkmap.ipynb">talkmap.ipynb</a>, which mines the location fields in the .md files in _talks/.</p>\n<iframe src="/talkmap/map.html" height="700" width="850" style="border:none;"></iframe>\n',
      '_pages/year-archive.html':
        '---\nlayout: archive\npermalink: /year-archive/\ntitle: "Blog posts"\n---\n\n{% include base_path %}\n{% capture written_year %}\'None\'{% endcapture %}\n{% for post in site.posts %}\n  {% capture year %}{{ post.date | date: \'%Y\' }}{% endcapture %}\n  {% if year != written_year %}\n    <h2 id="{{ year | slugify }}" class="archive__subtitle">{{ year }}</h2>\n    {% capture written_year %}{{ year }}{% endcapture %}\n  {% endif %}\n  {% include archive-single.html %}\n{% endfor %}\n',
      '_pages/archive-layout-with-content.md':
        '---\ntitle: "Archive Layout with Content"\nlayout: archive\npermalink: /archive-layout-with-content/\n---\n\nA variety of common markup showing how the theme styles them.\n\n# Header one\n\n## Header two\n',
      '_pages/cv-json.md':
        '---\nlayout: archive\ntitle: "CV"\npermalink: /cv-json/\n---\n\n{% include base_path %}\n\n{% include cv-template.html %}\n\n<div class="cv-download-links">\n  <a href="{{ base_path }}/files/cv.pdf" class="btn btn--primary">Download CV as PDF</a>\n  <a href="{{ base_path }}" class="btn btn--inverse">View Markdown CV</a>\n</div>\n',
      // A list of the collection the author laid out in Liquid: the site makes that list itself.
      '_pages/portfolio.md':
        '---\ntitle: "Portfolio"\nlayout: single\npermalink: /portfolio/\n---\n\n{% assign items = site.portfolio | sort: "date" | reverse %}\n\n<div class="portfolio-list">\n  {% for item in items %}\n    <div class="portfolio-row">\n      <h2><a href="{{ item.url }}">{{ item.title }}</a></h2>\n      {% if item.institution %}\n        <p><strong>{{ item.institution }}</strong> · {{ item.role }}</p>\n      {% endif %}\n      <a href="{{ item.github }}" class="btn">GitHub</a>\n      <a href="{{ item.url }}" class="btn">Details</a>\n    </div>\n  {% endfor %}\n</div>\n',
      // The same address with the author's own words: theirs, kept as a page.
      '_pages/terms-mine.md':
        '---\npermalink: /terms/\ntitle: "Terms"\n---\n\nMy own terms, which I wrote.\n',
    });
    assert.deepEqual(
      written(plan).filter((path) => path.startsWith('src/content/')),
      ['src/content/pages/about.mdx', 'src/content/pages/terms-mine.mdx'],
    );
    assert.deepEqual(
      plan.report.filter((line) => line.includes('_pages/') && !line.includes('terms-mine')),
      [
        'left out _pages/404.md: the site makes its own 404 page',
        "left out _pages/archive-layout-with-content.md: it is the template's layout sample",
        'left out _pages/cv-json.md: the site makes its own CV at /cv/',
        "left out _pages/markdown.md: it is the template's Markdown guide",
        "left out _pages/non-menu-page.md: it is the template's sample page",
        'left out _pages/portfolio.md: the site makes its own list of projects at /projects/',
        'left out _pages/sitemap.md: the site writes /sitemap.xml',
        'left out _pages/talkmap.html: the talk map needs scripts; the site has none',
        "left out _pages/terms.md: it is the template's terms page",
        'left out _pages/year-archive.html: the site makes its own list of posts at /posts/',
      ],
    );
  });

  test('pictures and PDFs a page links in another folder of the old site (assets/) are copied at their address; other files there are named', () => {
    const plan = migrate({
      '_pages/about.md':
        '---\npermalink: /\ntitle: About\n---\n\nMy CV: [Curriculum Vitae](../assets/Curriculum_Vitae.pdf)\n\n![Certificate](/assets/images/cert.JPG) ![Typo](/assets/imgs/cert.JPG)\n\n[Script](/assets/js/main.min.js) [Theme](/_site/x.png) [Talks](/talks/)\n',
      'assets/Curriculum_Vitae.pdf': '%PDF-1.4 stub',
      'assets/images/cert.JPG': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      'assets/js/main.min.js': 'alert(1)',
      '_site/x.png': 'x',
    });
    assert.deepEqual(
      plan.report.filter((line) => /assets|_site/.test(line)),
      [
        'needs a look _pages/about.md: links to /assets/imgs/cert.JPG, which is not in the old site',
        'needs a look _pages/about.md: links to /assets/js/main.min.js, a file of the old site outside files/ and images/, which was not copied: move it into public/files/ and change the link',
        'needs a look _pages/about.md: links to /_site/x.png, a file of the old site outside files/ and images/, which was not copied: move it into public/files/ and change the link',
      ],
    );
    assert.deepEqual(
      written(plan).filter((path) => path.startsWith('public/')),
      ['public/assets/Curriculum_Vitae.pdf', 'public/assets/images/cert.JPG'],
    );
  });

  test('a site whose home is its own layout (About page at /about/, as minimal-mistakes has it): that page becomes the home, and /about/ leads there', () => {
    const plan = migrate({
      '_pages/about.md':
        '---\ntitle: "Sobre mí"\npermalink: /about/\nredirect_from: [/me/]\n---\n\nHola.\n',
      '_pages/notes.md': '---\ntitle: Notes\npermalink: /notes/\n---\n\nNotes.\n',
    });
    const about = readEntry(
      String(plan.writes.find((w) => w.path === 'src/content/pages/about.mdx')?.content),
    );
    assert.deepEqual(about.data, {
      title: 'Sobre mí',
      permalink: '/',
      profileCard: true,
      redirectFrom: ['/about/', '/me/'],
    });
    assert.ok(written(plan).includes('src/content/pages/notes.mdx'));
    assert.deepEqual(
      plan.lines
        .filter((line) => line.kind === 'new' && line.what === '_pages/about.md')
        .map(reportLine),
      [
        'new _pages/about.md → src/content/pages/about.mdx (check: the old site had no page at /: this one, at /about/, is the home page now, and its address leads there)',
      ],
    );
    const bare = migrate({
      '_pages/about.md': '---\ntitle: About\npermalink: /about/\n---\n\nHello.\n',
    });
    assert.deepEqual(
      bare.report.filter((line) => line.includes('_pages/')),
      [],
      'no redirect_from: nothing to look at',
    );
  });

  test("an old address that is one of the site's own lists (/posts/, /projects/, a tag's page) is left out of redirectFrom, so the project still builds", () => {
    const plan = migrate({
      '_pages/about.md': ABOUT,
      '_posts/2024-01-01-hello.md':
        '---\ntitle: Hello\ntags: [Edge ML]\nredirect_from:\n  - /posts/\n  - /projects/\n  - /posts/tags/edge-ml/\n  - /blog/hello/\n---\n\nText.\n',
    });
    assert.deepEqual(
      readEntry(String(plan.writes.find((w) => w.path === 'src/content/posts/hello.mdx')?.content))
        .data.redirectFrom,
      ['/2024/01/01/hello.html', '/blog/hello/'],
    );
    assert.deepEqual(
      plan.report.filter((line) => line.includes('redirect_from')).length,
      3,
      plan.report.join('\n'),
    );
  });

  test('the work a site can cause is bounded: files listed, bytes copied', () => {
    const many = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [
        `files/f${String(index).padStart(2, '0')}.pdf`,
        `%PDF-1.4 ${'x'.repeat(91)}`,
      ]),
    );
    const plan = migrate(
      { '_pages/about.md': ABOUT, ...many },
      { listedFiles: 10, copiedBytes: 800 },
    );
    // 10 files listed; 8 of 100 bytes fit in 800.
    assert.deepEqual(
      written(plan).filter((path) => path.startsWith('public/')),
      ['f00', 'f01', 'f02', 'f03', 'f04', 'f05', 'f06', 'f07'].map(
        (name) => `public/files/${name}.pdf`,
      ),
    );
    assert.deepEqual(plan.report.slice(1), [
      'left out files/: it holds more than 10 files; the ones after the first 10 were not read',
      'left out files/f08.pdf: the copied files would pass 0.001 MB, the most GitHub Pages publishes; host it elsewhere and link to it',
      'left out files/f09.pdf: the copied files would pass 0.001 MB, the most GitHub Pages publishes; host it elsewhere and link to it',
    ]);
  });

  test('a page too large to be one is left out unread', () => {
    const plan = migrate({
      '_pages/about.md': ABOUT,
      '_publications/huge.md': `---\ntitle: T\n---\n${'<a '.repeat(400_000)}`,
    });
    assert.deepEqual(plan.report.slice(1), [
      'needs a look _publications/huge.md:1: it is larger than 1 MB, too large to be a page; the file was left out',
    ]);
  });

  test('text that makes the converter backtrack is read in linear time', () => {
    for (const source of [
      '<a '.repeat(100_000),
      '{%'.repeat(100_000),
      '{{'.repeat(100_000),
      '<script '.repeat(50_000),
      '<script>'.repeat(50_000),
    ]) {
      const started = performance.now();
      convertBody(source, OLD);
      // Generous: linear is ~0.1 s here; the quadratic version took minutes.
      assert.ok(performance.now() - started < 10_000, source.slice(0, 10));
    }
  });
});

/** The plan of migrating a throw-away old site made of `{ path: content }`. */
function planOf(files: Record<string, string>): ReturnType<typeof planMigration> {
  const base = mkdtempSync(join(tmpdir(), 'old-site-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(base, path)), { recursive: true });
      writeFileSync(join(base, path), content);
    }
    return planMigration({
      source: base,
      shippedOwnerFile: readFileSync(join(ROOT, 'src/site.config.ts'), 'utf8'),
    });
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

describe('the shapes of real About pages', () => {
  const OWNER = 'Qipeng Wang';
  /** The one entry a one-item list under `heading` reads into, or why it stayed in the page. */
  const read = (heading: string, item: string) => {
    const reading = readListSections(`# ${heading}\n\n${item}\n`, OWNER, 1);
    return reading.entries[0]?.data ?? reading.notes.map((note) => note.why);
  };
  test('a label with no space before the title', () => {
    assert.deepEqual(
      read(
        'Publications',
        "- \\[[TMC'25](https://example.org/tmc)\\]Efficient and Adaptive Training.\n\n  **Qipeng Wang**, Mengwei Xu",
      ),
      {
        title: 'Efficient and Adaptive Training',
        authors: ['Qipeng Wang', 'Mengwei Xu'],
        venue: { short: "TMC'25", url: 'https://example.org/tmc' },
        date: 2025,
        type: 'journal',
      },
    );
  });
  test('author and link lines indented by four spaces', () => {
    assert.deepEqual(
      read(
        'Publications',
        "- \\[[WWW'21](https://example.org/www)\\] Characterizing Heterogeneity.\n\n    Chengxu Yang, **Qipeng Wang**\n\n    \\[[pdf](/files/www21.pdf)\\]",
      ),
      {
        title: 'Characterizing Heterogeneity',
        authors: ['Chengxu Yang', 'Qipeng Wang'],
        venue: { short: "WWW'21", url: 'https://example.org/www' },
        date: 2021,
        type: 'conference',
        links: { pdf: '/files/www21.pdf' },
      },
    );
  });
  test('a workshop label written Workshop@Conference', () => {
    const data = read(
      'Publications',
      "- \\[EMDL@Mobisys'21\\] Towards ubiquitous learning\n\n  **Qipeng Wang**",
    ) as Record<string, unknown>;
    assert.deepEqual(
      [data.venue, data.date, data.type],
      [{ short: "EMDL@Mobisys'21" }, 2021, 'workshop'],
    );
  });
  test('a current position: Month Year ~ Now: Role @ Organization', () => {
    assert.deepEqual(read('Experience', '- July 2025 ~ Now: System software engineer @ Kwai'), {
      role: 'System software engineer',
      organization: 'Kwai',
      start: '2025-07',
    });
  });
  test('an audience written (120 Undergraduate student)', () => {
    assert.deepEqual(
      read(
        'Teaching',
        '- Teaching Assistant, Intro to C++ (120 Undergraduate student), Peking University (Fall 2020)',
      ),
      {
        role: 'Teaching Assistant',
        course: 'Intro to C++',
        institution: 'Peking University',
        audience: { size: 120, description: 'Undergraduate student' },
        terms: ['Fall 2020'],
      },
    );
  });
  test('trailing spaces: a line break inside a paragraph is kept, an item is read without them', () => {
    assert.equal(convertBody('Line one  \nline two', OLD).text, 'Line one\\\nline two');
    assert.equal(convertBody('- item  \n- next  ', OLD).text, '- item\n- next');
    assert.deepEqual(read('Experience', '- July 2025 ~ Now: Engineer @ Kwai  '), {
      role: 'Engineer',
      organization: 'Kwai',
      start: '2025-07',
    });
  });
  test('links written ../files/x.pdf are site paths', () => {
    assert.equal(siteLink('../files/x.pdf', OLD), '/files/x.pdf');
    assert.equal(siteLink('../../files/x.pdf', OLD), '/files/x.pdf');
  });
});

describe('an About page in English, then Chinese, then lists for both', () => {
  test('the split: the Chinese bio to zh, the lists shared, a section in neither language to the English page', () => {
    assert.deepEqual(
      splitLanguages(
        'Bio.\n\n---\n\n中文简介。\n\n# Publications\n\n- a\n\n## Journal\n\n- b\n\n# 其他\n\n中文。\n\n# Service\n\n- c',
      ),
      {
        english:
          'Bio.\n\n\n\n\n\n# Publications\n\n- a\n\n## Journal\n\n- b\n\n\n\n\n\n# Service\n\n- c',
        chinese: '\n中文简介。\n\n# 其他\n\n中文。\n',
        shared: ['Publications'],
        unattributed: [{ line: 18, heading: 'Service' }],
      },
    );
    assert.equal(splitLanguages('Bio.\n\n---\n\nMore bio.'), undefined, 'one language');
    assert.equal(
      splitLanguages('我是王启鹏。\n\n---\n\n中文。'),
      undefined,
      'Chinese before the rule',
    );
    assert.equal(splitLanguages('Bio.\n\n```\n---\n中文\n```'), undefined, 'a rule in code');
  });

  test('the lists become entries both pages show; the report says which and names what stayed', () => {
    const plan = planMigration({
      source: join(ROOT, 'tests/fixtures/academicpages/bilingual'),
      shippedOwnerFile: readFileSync(join(ROOT, 'src/site.config.ts'), 'utf8'),
    });
    const written = plan.writes
      .map((write) => write.path)
      .filter((path) => path.startsWith('src/content/'));
    assert.deepEqual(written.sort(), [
      'src/content/experience/kwai-system-software-engineer.mdx',
      'src/content/experience/microsoft-research-asia-research-intern.mdx',
      'src/content/pages/about.mdx',
      'src/content/pages/zh/about.mdx',
      'src/content/publications/efficient-tmc25.mdx',
      'src/content/publications/survey-arxiv24.mdx',
      'src/content/publications/ubiquitous-emdl-mobisys21.mdx',
      'src/content/teaching/peking-university-introduction-to-c-programming.mdx',
    ]);
    const file = (path: string) =>
      String(plan.writes.find((write) => write.path === path)?.content);
    assert.equal(
      file('src/content/pages/zh/about.mdx'),
      '---\ntitle: About Me\npermalink: /\nprofileCard: true\n---\n\n我是王启鹏，快手系统软件工程师，博士毕业于北京大学。这是我的[简历](/files/cv.pdf)。\\\n我的研究方向是面向机器学习的系统。\n',
    );
    assert.match(
      file('src/content/pages/about.mdx'),
      /\n## Service\n\n- Reviewer, MobiSys 2024 Artifact Evaluation\n$/,
    );
    assert.doesNotMatch(file('src/content/pages/about.mdx'), /Publications|Kwai @|Teaching/);
    assert.deepEqual(
      plan.lines
        .filter((line) => line.kind !== 'new' || line.path.includes('pages/'))
        .map(reportLine),
      [
        'needs a look _config.yml: author.avatar: images/avatar.png is not there; the card shows your initials',
        'needs a look _pages/about.md:46: "Service" comes after the Chinese text but is not in Chinese, nor a list of publications, experience or teaching: it was kept on the English page; move it to zh/about.mdx if it belongs there',
        'new _pages/about.md → src/content/pages/about.mdx (check: bilingual page split into about.mdx and zh/about.mdx; shown on both, from the collections: Publications, Experience, Teaching)',
        'new _pages/about.md (中文) → src/content/pages/zh/about.mdx',
      ],
    );
  });

  test('a list item that no entry can hold is counted: the report gives the numbers', () => {
    // The second paper's date is a month the schema refuses (an arXiv id of month 13).
    const plan = planOf({
      '_config.yml': 'title: T\nurl: https://ada.example.org\nauthor:\n  name: Ada Example\n',
      '_pages/about.md':
        "---\npermalink: /\ntitle: About\n---\n\n# Publications\n\n- \\[ICSE'24\\] One.\n\n  **Ada Example**\n\n- \\[[arXiv](https://arxiv.org/abs/2413.00001)\\] Two.\n\n  **Ada Example**\n\n- Three, written some other way.\n",
    });
    assert.deepEqual(
      plan.lines
        .filter((line) => line.kind === 'needs a look')
        .map(reportLine)
        .filter((line) => /showed/.test(line)),
      [
        'needs a look _pages/about.md:6: "Publications" showed 3 items on the old About page; the new site shows 2 (1 as entries, 1 kept in the page): the lines above say why; add the missing ones by hand',
      ],
    );
  });
});

describe('posts and portfolio items', () => {
  test('where Jekyll put a post, by the permalink of _config.yml', () => {
    const post = { day: '2024-03-04', name: 'tiny-ml', categories: ['Field Notes', 'ml'] };
    const cases: [string | undefined, string | undefined][] = [
      [undefined, '/field%20notes/ml/2024/03/04/tiny-ml.html'],
      ['date', '/field%20notes/ml/2024/03/04/tiny-ml.html'],
      ['pretty', '/field%20notes/ml/2024/03/04/tiny-ml/'],
      ['/:categories/:title/', '/field%20notes/ml/tiny-ml/'],
      ['/blog/:year/:i_month/:i_day/:slug', '/blog/2024/3/4/tiny-ml'],
      ['/:author/:title/', undefined],
    ];
    for (const [pattern, address] of cases)
      assert.equal(jekyllPostAddress(pattern, post), address, String(pattern));
    assert.equal(
      jekyllPostAddress('/:categories/:title/', { ...post, categories: [] }),
      '/tiny-ml/',
    );
  });

  test('a post: date from its file name, tags and categories as tags, the excerpt as its description', () => {
    assert.deepEqual(
      postFromJekyll(
        {
          title: 'Tiny ML',
          tags: ['Edge ML', 'edge-ml', '机器学习'],
          categories: 'notes',
          published: false,
          excerpt: 'On <b>tiny</b> [models](/x).',
        },
        '2024-03-04-tiny-ml.md',
        'Body.',
      ),
      {
        data: {
          title: 'Tiny ML',
          date: '2024-03-04',
          description: 'On tiny models.',
          tags: ['edge-ml', '机器学习', 'notes'],
          draft: true,
        },
        checks: [],
      },
    );
    assert.deepEqual(
      postFromJekyll(
        { title: 'T', date: new Date('2023-01-02') },
        'x.md',
        '## Heading\n\n![p](/images/p.png)\n\nFirst **real** paragraph.',
      ),
      {
        data: { title: 'T', date: '2023-01-02', description: 'First real paragraph.' },
        checks: ['the description is its first paragraph'],
      },
    );
    assert.deepEqual(postFromJekyll({ title: 'T' }, 'undated.md', ''), {
      why: '"T" has no date (in its front matter or file name); it was left out',
    });
    assert.equal(postName('2024-03-04-tiny-ml.md'), 'tiny-ml');
  });

  test('a portfolio item: its title or file name, its excerpt or first paragraph', () => {
    assert.deepEqual(
      projectFromJekyll(
        { title: '', excerpt: "<img src='/images/x.gif'>" },
        'SLING.md',
        'Last-mile navigation.',
      ),
      {
        data: { title: 'SLING', summary: 'Last-mile navigation.' },
        checks: [
          'it had no title: its file name is its title',
          'the picture in its excerpt was not kept: add it as image',
          'the summary is its first paragraph',
        ],
      },
    );
  });

  test('a post names its older addresses too; front matter the new post does not hold is named', () => {
    const plan = planOf({
      '_config.yml':
        'title: T\nurl: https://ada.example.org\nauthor:\n  name: Ada Example\npermalink: pretty\n',
      '_pages/about.md': '---\npermalink: /\ntitle: About\n---\n\nHi.\n',
      '_posts/2021-06-01-notes.md':
        '---\ntitle: Notes\nredirect_from: [/old-notes/]\nheader:\n  image: /images/h.png\nmathjax: true\n---\n\nText.\n',
    });
    assert.deepEqual(
      readEntry(
        String(plan.writes.find((write) => write.path === 'src/content/posts/notes.mdx')?.content),
      ).data.redirectFrom,
      ['/2021/06/01/notes/', '/old-notes/'],
    );
    assert.ok(
      plan.lines.some(
        (line) =>
          line.kind === 'new' &&
          line.checks.includes('not kept from the front matter: header, mathjax'),
      ),
    );
  });

  test('a bilingual site: a page of its own joins the menu with a label for each language', () => {
    const plan = planOf({
      '_config.yml': 'title: T\nurl: https://ada.example.org\nauthor:\n  name: Ada Example\n',
      '_pages/about.md': '---\npermalink: /\ntitle: About\n---\n\nBio.\n\n---\n\n中文简介。\n',
      '_pages/research.md': '---\npermalink: /research/\ntitle: Research\n---\n\nWhat I do.\n',
      '_data/navigation.yml':
        'main:\n  - title: Research\n    url: /research/\n  - title: Talks\n    url: /talks/\n  - title: People\n    url: /people/\n',
    });
    const owner = String(plan.writes.find((write) => write.path === 'src/site.config.ts')?.content);
    assert.match(
      owner.replace(/\s+/g, ' '),
      /\{ label: "Projects", path: "\/projects\/" \}, \{ label: "Research", path: "\/research\/", labels: \{ zh: "Research" \},? \}, \{ label: "CV", path: "\/cv\/" \},/,
    );
    assert.deepEqual(plan.lines.filter((line) => line.kind === 'needs a look').map(reportLine), [
      'needs a look _config.yml: author.employer is empty: write your affiliation in author.affiliation',
      'needs a look _config.yml: author.bio is empty: write a short line in author.bio',
      'needs a look _data/navigation.yml: the menu link "People" (/people/) leads to no page of the new site; it was left out of the menu',
    ]);
  });
});
