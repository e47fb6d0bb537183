import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixtureSite } from '../support/fixture-site.ts';
import { fixture } from '../support/fixtures.ts';

/**
 * Each case adds one broken file to a fresh copy of the site. What refuses it must fail, say which
 * file and field, say what was expected, and leave the sources as they were.
 *
 * `npm run check` reads every entry through the build's own schemas and site-wide rules, in half a
 * second; a build takes several. So a rule is tried through the check, and the build is run for one
 * case of each way it refuses content (a field, an entry id, a site-wide rule, a redirect, a page
 * address, a linked file, a picture, a body link, a formula, a date), where it must print the check's
 * very lines; and for what only a build can see (MDX and YAML syntax, rendered bodies, published files).
 */
interface BadInput {
  name: string;
  /**
   * 'check': `npm run check` refuses it with the build's own rule; 'both': the build too, with the
   * same lines; 'build': only the build can see it.
   */
  refusedBy: 'check' | 'both' | 'build';
  fixture: string;
  /** Where the fixture goes in the copy. */
  to: string;
  env?: Record<string, string>;
  /** Put placeholders for the site's own linked files in public/, so only the fixture can fail a strict build. */
  linkedFiles?: boolean;
  /** What the author must read, in this order of importance. */
  says: RegExp[];
}

const PUBLICATIONS = 'src/content/publications';
const cases: BadInput[] = [
  {
    name: 'missing required field',
    refusedBy: 'check',
    fixture: 'missing-title.mdx',
    to: `${PUBLICATIONS}/missing-title.mdx`,
    says: [/title/, /expected the title as text/],
  },
  {
    name: 'year written as text',
    refusedBy: 'check',
    fixture: 'year-as-text.mdx',
    to: `${PUBLICATIONS}/year-as-text.mdx`,
    says: [/date/, /is not a year \(2022\), a month/],
  },
  {
    name: 'impossible date 2023-13-40',
    refusedBy: 'both',
    fixture: 'impossible-date.mdx',
    to: `${PUBLICATIONS}/impossible-date.mdx`,
    says: [/date: 2023-13-40 is not a real calendar date/],
  },
  {
    name: 'malformed URL',
    refusedBy: 'check',
    fixture: 'malformed-url.mdx',
    to: `${PUBLICATIONS}/malformed-url.mdx`,
    says: [/venue\.url/, /expected an absolute http\(s\) URL/],
  },
  {
    name: 'unknown or misspelt key (slidse)',
    refusedBy: 'both',
    fixture: 'misspelt-key.mdx',
    to: `${PUBLICATIONS}/misspelt-key.mdx`,
    says: [/links/, /unknown field "slidse": did you mean "slides"\?/],
  },
  {
    name: 'empty title',
    refusedBy: 'check',
    fixture: 'empty-title.mdx',
    to: `${PUBLICATIONS}/empty-title.mdx`,
    says: [/title/, /the title must not be empty/],
  },
  {
    name: 'malformed YAML front matter',
    refusedBy: 'build',
    fixture: 'malformed-yaml.mdx',
    to: `${PUBLICATIONS}/malformed-yaml.mdx`,
    says: [/malformed-yaml\.mdx:\d+:\d+/, /can not read/],
  },
  {
    name: 'MDX syntax error in the body',
    refusedBy: 'build',
    fixture: 'mdx-syntax-error.mdx',
    to: `${PUBLICATIONS}/mdx-syntax-error.mdx`,
    says: [/mdx-syntax-error\.mdx:\d+/],
  },
  {
    name: 'two entries with the same slug',
    refusedBy: 'check',
    fixture: 'duplicate-slug.md',
    to: `${PUBLICATIONS}/melon-mobisys22.md`,
    says: [
      /melon-mobisys22\.md(x)? and .*melon-mobisys22\.md(x)? both make the entry "melon-mobisys22"/,
    ],
  },
  {
    name: 'a paper in a subfolder with the name of another',
    refusedBy: 'both',
    fixture: 'subfolder-same-name.mdx',
    to: `${PUBLICATIONS}/2022/melon-mobisys22.mdx`,
    says: [
      /src\/content\/publications\/(2022\/)?melon-mobisys22\.mdx and src\/content\/publications\/(2022\/)?melon-mobisys22\.mdx both make the entry "melon-mobisys22"/,
    ],
  },
  {
    name: 'the same paper (DOI and title) under a second file name, in a subfolder',
    refusedBy: 'both',
    fixture: 'same-doi.mdx',
    to: `${PUBLICATIONS}/2022/melon-copy.mdx`,
    says: [
      /src\/content\/publications\/melon-mobisys22\.mdx: doi: 10\.1145\/3498361\.3538928 is also in src\/content\/publications\/2022\/melon-copy\.mdx; one paper is one file/,
    ],
  },
  {
    name: 'empty author list',
    refusedBy: 'check',
    fixture: 'empty-authors.mdx',
    to: `${PUBLICATIONS}/empty-authors.mdx`,
    says: [/authors/, /list at least one author/],
  },
  {
    name: 'site owner missing from the authors',
    refusedBy: 'check',
    fixture: 'owner-missing.mdx',
    to: `${PUBLICATIONS}/owner-missing.mdx`,
    says: [/authors: does not include "Qipeng Wang"/, /owner: true/],
  },
  {
    name: 'two papers in the same position',
    refusedBy: 'both',
    fixture: 'duplicate-order.mdx',
    to: `${PUBLICATIONS}/duplicate-order.mdx`,
    says: [/order 1 is used more than once/, /duplicate-order, melon-mobisys22/],
  },
  {
    name: 'redirect that shadows a real page',
    refusedBy: 'check',
    fixture: 'redirect-shadows-page.mdx',
    to: `${PUBLICATIONS}/redirect-shadows-page.mdx`,
    says: [/redirectFrom "\/publications\/" is the address of a real page/],
  },
  {
    name: 'redirect from another site',
    refusedBy: 'check',
    fixture: 'redirect-off-site.mdx',
    to: `${PUBLICATIONS}/redirect-off-site.mdx`,
    says: [/redirectFrom\.0/, /expected a path on this site starting with "\/"/],
  },
  {
    name: 'redirect that loops to its own page',
    refusedBy: 'check',
    fixture: 'redirect-loop.mdx',
    to: `${PUBLICATIONS}/redirect-loop.mdx`,
    says: [/redirectFrom "\/publications\/redirect-loop\/" is the address of a real page/],
  },
  {
    name: 'old address claimed twice',
    refusedBy: 'check',
    fixture: 'redirect-taken-twice.mdx',
    to: `${PUBLICATIONS}/redirect-taken-twice.mdx`,
    says: [/redirectFrom "\/about\.html" is also declared in src\/content\/pages\/about\.mdx/],
  },
  {
    name: 'two pages at one permalink',
    refusedBy: 'both',
    fixture: 'duplicate-permalink.mdx',
    to: 'src/content/pages/home.mdx',
    says: [
      /src\/content\/pages\/home\.mdx: permalink "\/": src\/content\/pages\/about\.mdx is at \/ already/,
    ],
  },
  {
    name: 'linked local file missing, in strict mode',
    refusedBy: 'both',
    fixture: 'missing-local-file.mdx',
    to: `${PUBLICATIONS}/missing-local-file.mdx`,
    env: { STRICT_LOCAL_FILES: 'true' },
    linkedFiles: true,
    says: [
      /1 linked file is missing from public\//,
      /public\/files\/never-added\.pdf \(linked from src\/content\/publications\/missing-local-file\.mdx\)/,
    ],
  },
  {
    name: 'a script, an event handler and a style in an MDX body',
    refusedBy: 'build',
    fixture: 'untrusted-code.mdx',
    to: `${PUBLICATIONS}/untrusted-code.mdx`,
    says: [
      /Refused: 3 pieces of code in the built pages and files that the site did not write itself/,
      /\/publications\/untrusted-code\/index\.html: an inline script "alert\(document\.domain\)" \(from src\/content\/publications\/untrusted-code\.mdx\) \[sha256-[A-Za-z0-9+/]+=*\]/,
      /\/publications\/untrusted-code\/index\.html: an event handler \(onerror\) "alert\(2\)" \(from src\/content\/publications\/untrusted-code\.mdx\)/,
      /an inline <style> in the page body "body \{ display: none \}"/,
      /add its hash \(in brackets above\) to security\.allowInlineCode in src\/site\.config\.ts/,
    ],
  },
  {
    name: "a meta refresh inside <select> and <noscript>, where the check's parser saw none",
    refusedBy: 'build',
    fixture: 'select-noscript-refresh.mdx',
    to: `${PUBLICATIONS}/select-noscript-refresh.mdx`,
    says: [
      /\/publications\/select-noscript-refresh\/index\.html: a <meta> inside <select>, which browsers read as markup "http-equiv="refresh" content="0;url=https:\/\/evil\.example\/phish""/,
      /\/publications\/select-noscript-refresh\/index\.html: a <meta> inside <noscript>, which browsers read as markup "http-equiv="refresh" content="0;url=https:\/\/evil\.example\/nojs""/,
    ],
  },
  {
    name: 'an SVG in public/ whose script hides behind a namespace prefix',
    refusedBy: 'build',
    fixture: 'prefixed-script.svg',
    to: 'public/files/prefixed-script.svg',
    says: [/\/files\/prefixed-script\.svg: a <s:script> element "alert\(document\.domain\)"/],
  },
  {
    name: 'teaching term "Fall 20222"',
    refusedBy: 'check',
    fixture: 'bad-term.mdx',
    to: 'src/content/teaching/bad-term.mdx',
    says: [/terms\.0/, /a season and a four-digit year, e.g. "Fall 2023"/],
  },
  {
    name: 'education in progress with an end',
    refusedBy: 'check',
    fixture: 'education-in-progress-with-end.mdx',
    to: 'src/content/education/education-in-progress-with-end.mdx',
    says: [
      /education-in-progress-with-end\.mdx/,
      /end/,
      /a degree in progress has no end; remove end or inProgress/,
    ],
  },
  {
    name: 'a title with TeX that does not parse',
    refusedBy: 'both',
    fixture: 'bad-tex-title.mdx',
    to: `${PUBLICATIONS}/bad-tex-title.mdx`,
    says: [
      /title: the title has a formula that cannot be read, \$\\frac\{1\$: Unexpected end of input in a macro argument, expected '\}' at end of input: \\frac\{1 \(write TeX between the dollars, or \\\$ for a dollar sign\)/,
    ],
  },
  {
    name: 'a body with an unknown TeX command',
    refusedBy: 'build',
    fixture: 'bad-tex-body.mdx',
    to: `${PUBLICATIONS}/bad-tex-body.mdx`,
    says: [
      /src\/content\/publications\/bad-tex-body\.mdx: cannot read the formula \$\\undefinedcommand\{x\}\$: Unsupported function name: \\undefinedcommand at position 1/,
    ],
  },
  {
    name: 'a citation count below zero in src/data/citations.json',
    refusedBy: 'build',
    fixture: 'citations-negative.json',
    to: 'src/data/citations.json',
    says: [
      /src\/data\/citations\.json is invalid/,
      /papers\.melon-mobisys22\.counts\.crossref\.count: /,
    ],
  },
  {
    name: 'news on 2024-02-30',
    refusedBy: 'check',
    fixture: 'news-impossible-day.mdx',
    to: 'src/content/news/news-impossible-day.mdx',
    says: [/date: "2024-02-30" is not a day written YYYY-MM-DD with a real month and day/],
  },
  {
    name: 'talk of an unknown kind',
    refusedBy: 'check',
    fixture: 'talk-unknown-kind.mdx',
    to: 'src/content/talks/talk-unknown-kind.mdx',
    says: [/kind: expected one of: talk, invited talk, keynote, tutorial, poster, panel/],
  },
  {
    name: 'project naming a paper that does not exist',
    refusedBy: 'both',
    fixture: 'project-unknown-paper.mdx',
    to: 'src/content/projects/project-unknown-paper.mdx',
    says: [
      /src\/content\/projects\/project-unknown-paper\.mdx: publications\[1\]: "melon-mobisys23" is not a paper of src\/content\/publications\//,
    ],
  },
  {
    name: 'project picture missing beside its file',
    refusedBy: 'both',
    fixture: 'project-missing-image.mdx',
    to: 'src/content/projects/project-missing-image.mdx',
    says: [
      /src\/content\/projects\/project-missing-image\.mdx: image: "\.\/never-drawn\.png" is not a file beside it/,
    ],
  },
  {
    name: 'post cover missing beside its file',
    refusedBy: 'check',
    fixture: 'post-missing-cover.mdx',
    to: 'src/content/posts/post-missing-cover.mdx',
    says: [
      /src\/content\/posts\/post-missing-cover\.mdx: image: "\.\/never-drawn\.jpg" is not a file beside it/,
    ],
  },
  {
    name: 'post cover without its description',
    refusedBy: 'check',
    fixture: 'post-cover-without-alt.mdx',
    to: 'src/content/posts/post-cover-without-alt.mdx',
    says: [
      /src\/content\/posts\/post-cover-without-alt\.mdx.*imageAlt: a cover picture needs imageAlt/,
    ],
  },
  {
    name: 'post tag not in lower case with hyphens, and a month no calendar has',
    refusedBy: 'check',
    fixture: 'post-bad-tag.mdx',
    to: 'src/content/posts/post-bad-tag.mdx',
    says: [
      /src\/content\/posts\/post-bad-tag\.mdx.*date: .*2025-13-01/,
      /tags\.0: expected a tag in lower case, words joined by hyphens/,
    ],
  },
  {
    name: 'talk slides missing from public/, in strict mode',
    refusedBy: 'check',
    fixture: 'talk-missing-slides.mdx',
    to: 'src/content/talks/talk-missing-slides.mdx',
    env: { STRICT_LOCAL_FILES: 'true' },
    linkedFiles: true,
    says: [
      /1 linked file is missing from public\//,
      /public\/files\/never-added-slides\.pdf \(linked from src\/content\/talks\/talk-missing-slides\.mdx\)/,
    ],
  },
  {
    name: 'link "/\\evil.example/" that browsers send off the site',
    refusedBy: 'check',
    fixture: 'link-backslash.mdx',
    to: `${PUBLICATIONS}/link-backslash.mdx`,
    says: [/links\.pdf/, /a site path may not contain a backslash/],
  },
  {
    name: 'link "/%2e%2e/package.json" out of public/, in strict mode',
    refusedBy: 'check',
    fixture: 'link-out-of-public.mdx',
    to: `${PUBLICATIONS}/link-out-of-public.mdx`,
    env: { STRICT_LOCAL_FILES: 'true' },
    linkedFiles: true,
    says: [
      /1 linked file is missing from public\//,
      /public\/%2e%2e\/package\.json \(linked from src\/content\/publications\/link-out-of-public\.mdx\)/,
    ],
  },
  {
    name: 'link "/files/100%.pdf" in front matter',
    refusedBy: 'check',
    fixture: 'link-bad-percent.mdx',
    to: `${PUBLICATIONS}/link-bad-percent.mdx`,
    says: [/links\.pdf/, /a "%" that does not start an escape such as %20/],
  },
  {
    name: 'link "/files/100%.pdf" in the body',
    refusedBy: 'both',
    fixture: 'link-bad-percent-body.mdx',
    to: `${PUBLICATIONS}/link-bad-percent-body.mdx`,
    says: [
      /link-bad-percent-body\.mdx: body: the link "\/files\/100%\.pdf": a site path has a "%" that does not start an escape such as %20/,
    ],
  },
  {
    name: 'old addresses that differ from others only in case or Unicode form',
    refusedBy: 'check',
    fixture: 'redirect-case-unicode.mdx',
    to: `${PUBLICATIONS}/redirect-case-unicode.mdx`,
    says: [
      /redirect-case-unicode\.mdx: redirectFrom "\/PUBLICATIONS\/" differs only in letter case from the page "\/publications\/"/,
      /redirect-case-unicode\.mdx: redirectFrom "\/cafe\u0301\/" differs only in Unicode form \(NFC\/NFD: "é" as one character or as "e" and a combining accent\) from the redirect "\/caf\u00e9\/" declared in src\/content\/publications\/redirect-case-unicode\.mdx/,
    ],
  },
  {
    name: 'old addresses that programs read, or that need a file to be a folder',
    refusedBy: 'both',
    fixture: 'redirect-machine-read.mdx',
    to: `${PUBLICATIONS}/redirect-machine-read.mdx`,
    says: [
      /redirect-machine-read\.mdx: redirectFrom "\/robots\.txt" is "\/robots\.txt", an address programs read/,
      /redirect-machine-read\.mdx: redirectFrom "\/sitemap\.xml" is "\/sitemap\.xml", an address programs read/,
      /redirect-machine-read\.mdx: redirectFrom "\/_headers" is "\/_headers", an address programs read/,
      /redirect-machine-read\.mdx: redirectFrom "\/feed\.xml\/" would be written to feed\.xml\/index\.html, which needs a folder "feed\.xml" where the site has a file/,
      /redirect-machine-read\.mdx: redirectFrom "\/favicon\.svg\/" would be written to favicon\.svg\/index\.html, which needs a folder "favicon\.svg" where the site has a file/,
    ],
  },
  {
    name: 'old address with a 300-character folder name',
    refusedBy: 'check',
    fixture: 'redirect-too-long.mdx',
    to: `${PUBLICATIONS}/redirect-too-long.mdx`,
    says: [
      /redirect-too-long\.mdx: redirectFrom "\/a{300}\/" has a folder or file name of 300 bytes \("a{20}…"\); file systems allow 255 at most/,
    ],
  },
  {
    name: 'DOI with braces that would add a BibTeX entry',
    refusedBy: 'check',
    fixture: 'doi-with-braces.mdx',
    to: `${PUBLICATIONS}/doi-with-braces.mdx`,
    says: [
      /doi: expected a DOI such as 10\.1145\/3498361\.3538928 .*no spaces, braces, backslashes or control characters/,
    ],
  },
  {
    name: 'control character in a title',
    refusedBy: 'check',
    fixture: 'control-char-title.mdx',
    to: `${PUBLICATIONS}/control-char-title.mdx`,
    says: [
      /title: the title contains a control character \(U\+0007\) that cannot be shown; remove it/,
    ],
  },
];

/** The line of `output` that says `expected`, as the author reads it (without the list dash). */
const lineSaying = (output: string, expected: RegExp) =>
  output
    .split('\n')
    .find((line) => expected.test(line))
    ?.trim()
    .replace(/^- /, '') ?? '';

describe(
  'bad input stops the build with a message an author can act on',
  { concurrency: 2 },
  () => {
    for (const bad of cases) {
      test(`${bad.name} (${bad.refusedBy === 'both' ? 'check and build' : bad.refusedBy})`, async (t) => {
        const site = fixtureSite('seed');
        try {
          if (bad.linkedFiles) site.addLinkedFiles();
          site.write(bad.to, fixture(`bad-input/${bad.fixture}`));
          const before = site.sourceHash();
          const fileName = bad.to
            .split('/')
            .pop()!
            .replace(/\.mdx?$/, '');
          const expectRefusal = (output: string, code: number | null, by: string) => {
            assert.notEqual(code, 0, `${by} should fail, but it passed:\n${output.slice(-2000)}`);
            assert.match(
              output,
              new RegExp(fileName.replace(/[-.]/g, '\\$&')),
              `${by}'s output should name the file ${bad.to}:\n${output.slice(-2000)}`,
            );
            for (const expected of bad.says)
              assert.match(
                output,
                expected,
                `${by}'s output should say ${expected}:\n${output.slice(-2000)}`,
              );
            for (const word of ['URIError', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG'])
              assert.doesNotMatch(
                output,
                new RegExp(word),
                `${by} must say what is wrong, not ${word}`,
              );
            assert.equal(site.sourceHash(), before, `${by} must leave the sources untouched`);
          };

          if (bad.refusedBy !== 'build') {
            const check = await site.check(bad.env);
            expectRefusal(check.output, check.code, 'npm run check');
            assert.equal(check.code, 1, `npm run check should exit 1:\n${check.output}`);
            // What the author reads first, shown in the test report.
            t.diagnostic(lineSaying(check.output, bad.says[0]!));
            if (bad.refusedBy === 'check') return;
            const build = await site.build(bad.env);
            expectRefusal(build.output, build.code, 'the build');
            for (const expected of bad.says)
              assert.ok(
                check.output.includes(lineSaying(build.output, expected)),
                `npm run check should say, as the build does:\n${lineSaying(build.output, expected)}\n${check.output}`,
              );
          } else {
            const build = await site.build(bad.env);
            expectRefusal(build.output, build.code, 'the build');
            t.diagnostic(lineSaying(build.output, bad.says[0]!));
          }
          assert.equal(
            existsSync(join(site.dir, 'dist/index.html')),
            false,
            'a failed build must not leave a site to deploy',
          );
        } finally {
          site.remove();
        }
      });
    }
  },
);

describe('good input around the edges builds, in strict mode', () => {
  test('every optional field omitted, in a subfolder; Unicode names; a title full of LaTeX characters', async () => {
    const site = fixtureSite('seed');
    try {
      site.addLinkedFiles();
      // A subfolder sorts the author's files: the paper's address is its file name's.
      site.write(`${PUBLICATIONS}/2021/minimal.mdx`, fixture('good/minimal.mdx'));
      site.write(`${PUBLICATIONS}/unicode-latex.mdx`, fixture('good/unicode-latex.mdx'));
      const { code, output } = await site.build({ STRICT_LOCAL_FILES: 'true' });
      assert.equal(code, 0, output.slice(-3000));
      const minimal = site.read('dist/publications/minimal/index.html');
      assert.match(minimal, /<h1[^>]*>A Paper With Only the Required Fields<\/h1>/);
      const unicode = site.read('dist/publications/unicode-latex/index.html');
      assert.match(unicode, /<h1[^>]*>Costs of \$5 &amp; 10% in \{x\}_y: A Study<\/h1>/);
      for (const name of ['王启鹏', 'Łukasz Żółw', 'Ñandú Peña'])
        assert.ok(unicode.includes(name), `${name} is on the page`);
      assert.match(
        unicode,
        /<a id="results"[^>]*>An anchor with no address\.<\/a>/,
        'an <a> without href in MDX renders as written',
      );
      const bib = site.read('dist/publications/unicode-latex.bib');
      assert.match(bib, /title = \{Costs of \\\$5 \\& 10\\% in \\\{x\\\}\\_y: A Study\}/);
      assert.match(
        bib,
        /author = \{王启鹏 and Żółw, Łukasz and Peña, Ñandú and Wang, Qipeng and Xu, Mengwei\}/,
      );
      assert.match(site.read('dist/index.html'), /\* equal contribution; † corresponding author/);
    } finally {
      site.remove();
    }
  });
});

describe('inline code the author wrote', () => {
  test('is refused with its hash, and builds once the hash is allowed in the site config', async () => {
    const site = fixtureSite('seed');
    try {
      site.write(`${PUBLICATIONS}/own-script.mdx`, fixture('good/own-script.mdx'));
      const refused = await site.build();
      assert.notEqual(refused.code, 0, 'an unknown inline script stops the build');
      const hash =
        /an inline script "document\.getElementById\('counter'\)\.textContent = '42';" \(from src\/content\/publications\/own-script\.mdx\) \[(sha256-[A-Za-z0-9+/]+=*)\]/.exec(
          refused.output,
        )?.[1];
      assert.ok(hash, refused.output.slice(-2000));
      assert.equal(
        existsSync(join(site.dir, 'dist')),
        false,
        'a refused build leaves nothing to deploy',
      );

      site.write(
        'src/site.config.ts',
        site
          .read('src/site.config.ts')
          .replace(
            "github: 'qipengwang',\n  },",
            `github: 'qipengwang',\n  },\n  security: { allowInlineCode: ['${hash}'] },`,
          ),
      );
      const allowed = await site.build();
      assert.equal(allowed.code, 0, allowed.output.slice(-3000));
      const page = site.read('dist/publications/own-script/index.html');
      const policy =
        /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
      assert.match(policy, new RegExp(`script-src [^;]*'${hash.replace(/[+/]/g, '\\$&')}'`));
      assert.ok(site.read('dist/_headers').includes(`'${hash}'`), '_headers allows it too');
    } finally {
      site.remove();
    }
  });
});

describe('a build killed midway', () => {
  test('leaves the previous site in dist/, never a half-written one without its policies', async () => {
    const site = fixtureSite('seed');
    try {
      site.write('dist/index.html', 'the previous site');
      site.write('dist/_headers', 'the previous headers');
      // Killed (SIGKILL: nothing cleans up) as soon as Astro reports a page written.
      const killed = await site.build({}, { killWhen: /\/index\.html/ });
      assert.equal(killed.code, null, `the build was killed:\n${killed.output.slice(-2000)}`);
      assert.match(killed.output, /\/index\.html/);
      const pages = readdirSync(join(site.dir, 'dist'), {
        recursive: true,
        encoding: 'utf8',
      }).filter((file) => file.endsWith('.html'));
      assert.deepEqual(pages, ['index.html'], 'dist/ holds the previous site only');
      assert.equal(site.read('dist/index.html'), 'the previous site');
      assert.equal(site.read('dist/_headers'), 'the previous headers');
    } finally {
      site.remove();
    }
  });
});

describe('bodies kept in the content store between builds', () => {
  test('follow an edit, a switch to MDX and back, and an update of the engine that renders them', async () => {
    const site = fixtureSite('seed');
    const front = (title: string, order: number) =>
      `---\ntitle: ${title}\nauthors:\n  - Qipeng Wang\nvenue:\n  short: X\ndate: 2020\ntype: other\norder: ${order}\n---\n\n`;
    const body = (slug: string) => {
      const html = site.read(`dist/publications/${slug}/index.html`);
      return html.slice(
        html.indexOf('<div class="prose"'),
        html.indexOf('</div>', html.indexOf('<div class="prose"')),
      );
    };
    const build = async () => {
      const result = await site.build();
      assert.equal(result.code, 0, result.output.slice(-3000));
    };
    try {
      site.write(`${PUBLICATIONS}/edited.mdx`, `${front('Edited', 90)}First *plain* body.\n`);
      site.write(
        `${PUBLICATIONS}/untouched.mdx`,
        `${front('Untouched', 91)}A body no build edits.\n`,
      );
      await build();
      assert.match(body('edited'), /<p>First <em>plain<\/em> body\.<\/p>$/);

      site.write(
        `${PUBLICATIONS}/edited.mdx`,
        `${front('Edited', 90)}Now with [a link](https://example.org/x).\n`,
      );
      await build();
      assert.match(
        body('edited'),
        /<p>Now with <a href="https:\/\/example\.org\/x"[^>]*>a link<\/a>\.<\/p>$/,
      );

      site.write(`${PUBLICATIONS}/edited.mdx`, `${front('Edited', 90)}Plain again.\n`);
      // An engine update that changes how plain bodies are written, with the untouched entry's file as it was.
      const rules = site.read('src/lib/markdown/plain-markdown.ts');
      site.write(
        'src/lib/markdown/plain-markdown.ts',
        rules.replace(
          'return known ? converted : undefined;',
          "return known ? converted.replaceAll('<p>', '<p data-updated>') : undefined;",
        ),
      );
      await build();
      assert.match(body('edited'), /<p data-updated>Plain again\.<\/p>$/);
      assert.match(body('untouched'), /<p data-updated>A body no build edits\.<\/p>$/);
    } finally {
      site.remove();
    }
  });
});

describe('the CV PDF', () => {
  test('is the same bytes from two builds, says where it came from, and yields to an own public/files/cv.pdf', async () => {
    const site = fixtureSite('seed');
    try {
      const first = await site.build();
      assert.equal(first.code, 0, first.output.slice(-3000));
      assert.match(first.output, /\[cv\] \/files\/cv\.pdf: made from your entries/);
      const made = readFileSync(join(site.dir, 'dist/files/cv.pdf'));
      assert.equal(made.subarray(0, 5).toString(), '%PDF-');
      const second = await site.build();
      assert.equal(second.code, 0, second.output.slice(-3000));
      assert.ok(
        made.equals(readFileSync(join(site.dir, 'dist/files/cv.pdf'))),
        'two builds give the same bytes',
      );

      site.write('public/files/cv.pdf', "%PDF-1.4\n% the owner's own CV\n%%EOF\n");
      const own = await site.build();
      assert.equal(own.code, 0, own.output.slice(-3000));
      assert.match(own.output, /\[cv\] \/files\/cv\.pdf: your own public\/files\/cv\.pdf/);
      assert.equal(site.read('dist/files/cv.pdf'), "%PDF-1.4\n% the owner's own CV\n%%EOF\n");
    } finally {
      site.remove();
    }
  });
});

describe('an avatar picture', () => {
  test('goes through astro:assets: AVIF and WebP, width and height set, files deployed', async () => {
    const { default: sharp } = await import('sharp');
    const site = fixtureSite('seed');
    try {
      const png = await sharp({
        create: { width: 640, height: 640, channels: 3, background: '#8a1c2b' },
      })
        .png()
        .toBuffer();
      site.write('src/assets/profile.png', png);
      site.write(
        'src/site.config.ts',
        site
          .read('src/site.config.ts')
          .replace("github: 'qipengwang',", "github: 'qipengwang',\n    avatar: 'profile.png',"),
      );
      const { code, output } = await site.build();
      assert.equal(code, 0, output.slice(-3000));
      const home = site.read('dist/index.html');
      const picture = /<picture[^>]*>([\s\S]*?)<\/picture>/.exec(home)?.[1] ?? '';
      assert.match(picture, /<source[^>]+type="image\/avif"/);
      assert.match(picture, /<source[^>]+type="image\/webp"/);
      const img = /<img[^>]*>/.exec(picture)?.[0] ?? '';
      assert.match(img, /width="160"/);
      assert.match(img, /height="160"/);
      const urls = [...picture.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap(([, list]) =>
        list!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
      );
      assert.ok(urls.length >= 3, urls.join(' '));
      for (const url of urls)
        assert.ok(existsSync(join(site.dir, 'dist', url)), `${url} is in dist`);
      assert.doesNotMatch(home, /class="avatar monogram"/, 'no monogram when there is a picture');
    } finally {
      site.remove();
    }
  });
});
