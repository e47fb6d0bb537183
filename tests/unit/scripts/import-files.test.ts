import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readBibtex, keysInOrder } from '../../../scripts/lib/bibtex-source.ts';
import {
  auditContent,
  describeCounts,
  describeMissing,
} from '../../../scripts/lib/content-audit.ts';
import type { ContentFile } from '../../../scripts/lib/content-files.ts';
import {
  nextOrder,
  readCollection,
  takenIds,
  writeNewFile,
} from '../../../scripts/lib/content-files.ts';
import {
  entryFile,
  isPlainSafe,
  readEntry,
  toYaml,
  yamlScalar,
} from '../../../scripts/lib/frontmatter.ts';
import { codeInEntry } from '../../../scripts/lib/inert-entry.ts';
import { identityOf } from '../../../scripts/lib/paper-identity.ts';
import {
  planImport,
  reportLine,
  summaryLine,
  type ImportContext,
} from '../../../scripts/lib/importer.ts';
import { firstWord, publicationSlug, slugify, uniqueSlug } from '../../../scripts/lib/slug.ts';
import {
  ENTRY_KINDS,
  entryTemplate,
  templateSlug,
  termOf,
  type EntryKind,
} from '../../../scripts/lib/templates.ts';
import { publicationSchema } from '../../../src/schemas/publication.ts';
import { CONTENT_KINDS, SCAFFOLDS } from '#lib/content/kinds.ts';

describe('writing front matter', () => {
  test('scalars are quoted exactly when YAML would read them as something else', () => {
    const tricky = [
      'Melon: Breaking the Memory Wall',
      "MobiSys'22",
      '2402.05981',
      '10.1145/3498361.3538928',
      '2022-06',
      'true',
      'null',
      'no',
      '- a list?',
      '# a comment?',
      'a # comment',
      '"quoted"',
      "'single'",
      '[a, b]',
      '{a: b}',
      '@at',
      '`tick`',
      '*anchor',
      '&ref',
      '!tag',
      '%directive',
      '| block',
      '> folded',
      '? key',
      ' leading space',
      'trailing space ',
      'line\nbreak',
      'tab\there',
      'ends with colon:',
      'Ünïcödé 王启鹏',
      'x: y: z',
      '',
    ];
    for (const text of tricky) {
      const yaml = toYaml({ value: text });
      assert.deepEqual(
        readEntry(`---\n${yaml}---\n`).data,
        { value: text },
        `${JSON.stringify(text)} was written as ${yaml}`,
      );
    }
    assert.equal(yamlScalar("MobiSys'22"), "MobiSys'22");
    assert.equal(yamlScalar('Melon: Breaking'), '"Melon: Breaking"');
    assert.equal(yamlScalar(2022), '2022');
    assert.equal(isPlainSafe('Qipeng Wang'), true);
  });

  test('nested objects and lists in the style of the site files', () => {
    const yaml = toYaml({
      title: 'T',
      authors: ['Qipeng Wang', { name: 'Q. Wang', owner: true }],
      venue: { short: "MobiSys'22", url: 'https://example.org/' },
      links: { extra: [{ label: 'Paper List', url: 'https://example.org/list' }] },
      empty: [],
      nothing: undefined,
      order: 3,
    });
    assert.equal(
      yaml,
      `title: T
authors:
  - Qipeng Wang
  - name: Q. Wang
    owner: true
venue:
  short: MobiSys'22
  url: https://example.org/
links:
  extra:
    - label: Paper List
      url: https://example.org/list
empty: []
order: 3
`,
    );
    assert.equal(entryFile({ a: 1 }, ''), '---\na: 1\n---\n');
    assert.equal(entryFile({ a: 1 }, 'Body.'), '---\na: 1\n---\n\nBody.\n');
  });

  test('an abstract of several paragraphs is a literal block that reads back the same', () => {
    const abstract =
      'We present {n} < 4 GB, `code` & a_b.\n\nimport fs from "node:fs"; export const x = 1;\n\n# not a heading';
    const file = entryFile({ title: 'T', abstract });
    assert.equal(
      file,
      '---\ntitle: T\nabstract: |-\n  We present {n} < 4 GB, `code` & a_b.\n\n  import fs from "node:fs"; export const x = 1;\n\n  # not a heading\n---\n',
    );
    assert.equal(readEntry(file).data.abstract, abstract);
    assert.equal(readEntry(file).body.trim(), '');
    // A line that starts with a space, or a control character, is not safe in a block: quoted instead.
    assert.equal(toYaml({ abstract: 'one\n two' }), 'abstract: "one\\n two"\n');
    assert.equal(toYaml({ abstract: 'one\n\ntwo\u0007' }), 'abstract: "one\\n\\ntwo\\u0007"\n');
  });
});

describe('the last gate before an imported file is written', () => {
  const cases: [string, string, string | undefined][] = [
    [
      'front matter and no body',
      '---\ntitle: T\nabstract: |-\n  import fs from "node:fs"\n\n  <script>x</script> {1+1}\n---\n',
      undefined,
    ],
    [
      'an import statement in the body',
      '---\ntitle: T\n---\n\nimport fs from "node:fs"\n',
      'it would contain code, not text: an import or export statement at line 5',
    ],
    [
      'an export statement in the body',
      '---\ntitle: T\n---\n\nexport const x = 1\n',
      'it would contain code, not text: an import or export statement at line 5',
    ],
    [
      'an element',
      'Text <img src="x" onerror="alert(1)" /> text',
      'it would contain code, not text: a component or HTML element at line 1',
    ],
    [
      'an expression',
      'Text {globalThis.process.exit(1)}',
      'it would contain code, not text: a {…} expression at line 1',
    ],
    ['a flow expression', '{1 + 1}', 'it would contain code, not text: a {…} expression at line 1'],
    // The build reads `$…$` before code spans: `$`$` is a formula, and the element after it is live, not code-span text.
    [
      'an element a formula lets out of a code span',
      'Cost $`$ <b onclick="alert(1)">x</b> ` end.',
      'it would contain code, not text: a component or HTML element at line 1',
    ],
  ];
  for (const [name, file, expected] of cases) {
    test(name, () => assert.equal(codeInEntry(file), expected));
  }
  test('a file the compiler cannot read', () => {
    assert.match(
      codeInEntry('Text <script>unclosed') ?? '',
      /^it would not compile as MDX \(.*Expected a closing tag for `<script>`/,
    );
  });
});

describe('file names', () => {
  test('in the style of the site files, never taken, never reserved', () => {
    assert.equal(slugify('Zürich & Ñandú: 2 Études'), 'zurich-nandu-2-etudes');
    assert.equal(firstWord('Towards Ubiquitous Learning'), 'ubiquitous');
    assert.equal(
      publicationSlug({
        title: 'Melon: Breaking the Memory Wall',
        venueShort: "MobiSys'22",
        year: 2022,
        key: 'k',
      }),
      'melon-mobisys22',
    );
    assert.equal(
      publicationSlug({ title: 'A Survey', venueShort: 'arXiv', year: 2024, key: 'k' }),
      'survey-arxiv24',
    );
    assert.equal(
      publicationSlug({ title: 'Systems', venueShort: 'Ph.D. Thesis', year: 2025, key: 'k' }),
      'systems-phd-thesis25',
    );
    assert.equal(
      publicationSlug({
        title: 'On the',
        venueShort: "TMC'22",
        year: 2022,
        key: 'DBLP:journals/tmc/X22',
      }),
      'dblp-journals-tmc-x22',
    );
    assert.equal(
      uniqueSlug('melon-mobisys22', new Set(['melon-mobisys22', 'melon-mobisys22-2'])),
      'melon-mobisys22-3',
    );
    assert.equal(uniqueSlug('2024', new Set()), '2024-2');
    assert.equal(uniqueSlug('selected', new Set()), 'selected-2');
  });

  test('content folders are read as the site reads them; new files never replace one and leave nothing half-written', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-files-'));
    try {
      const folder = join(root, 'src/content/publications');
      mkdirSync(join(folder, 'sub'), { recursive: true });
      writeFileSync(join(folder, 'a.mdx'), '---\ntitle: A\norder: 2\n---\nBody\n');
      writeFileSync(join(folder, '_draft.mdx'), '---\ntitle: Draft\norder: 5\n---\n');
      writeFileSync(join(folder, 'sub/B C.md'), '---\ntitle: [unclosed\n---\n');
      writeFileSync(join(folder, 'notes.txt'), 'not an entry');
      const files = readCollection(root, 'publications');
      assert.deepEqual(
        files.map((file) => [file.path, file.id]),
        [
          ['src/content/publications/a.mdx', 'a'],
          ['src/content/publications/sub/B C.md', 'b-c'], // a subfolder sorts files; the id is the file name's,
        ],
      );
      assert.equal(files[0]?.data?.title, 'A');
      assert.equal(files[0]?.body.trim(), 'Body');
      assert.match(files[1]?.yamlError ?? '', /unexpected end|flow collection|missed comma/);
      assert.equal(nextOrder(files), 3);
      assert.equal(
        nextOrder(readCollection(root, 'publications', true)),
        6,
        'drafts count when asked',
      );
      assert.deepEqual([...takenIds(root, 'publications')].sort(), ['_draft', 'a', 'b-c']);

      writeNewFile(join(folder, 'c.mdx'), 'new');
      assert.equal(readFileSync(join(folder, 'c.mdx'), 'utf8'), 'new');
      assert.throws(() => writeNewFile(join(folder, 'a.mdx'), 'replaced?'), /EEXIST/);
      assert.equal(
        readFileSync(join(folder, 'a.mdx'), 'utf8'),
        '---\ntitle: A\norder: 2\n---\nBody\n',
      );
      assert.deepEqual(
        readdirSync(folder).filter((name) => name.startsWith('.')),
        [],
        'no temporary file is left',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('the next order follows the largest in use', () => {
    assert.equal(
      nextOrder([
        { data: { order: 3 } },
        { data: { order: 7 } },
        { data: undefined },
        { data: { order: 'x' } },
      ]),
      8,
    );
    assert.equal(nextOrder([]), 1);
  });
});

describe('planning an import', () => {
  const context = (): ImportContext => ({
    ownerName: 'Qipeng Wang',
    folder: 'src/content/publications',
    known: [
      {
        path: 'src/content/publications/melon-mobisys22.mdx',
        identity: identityOf({ title: 'Melon', doi: '10.1145/3498361.3538928' }),
      },
    ],
    taken: new Set(['melon-mobisys22', 'orca-osdi23']),
    nextOrder: 8,
  });
  const bib = String.raw`
@inproceedings{melon, title={Melon again}, author={Wang, Qipeng}, year={2022}, doi={10.1145/3498361.3538928}}
@inproceedings{orca, title={Orca: Kernels}, author={Wang, Qipeng}, booktitle={17th USENIX Symposium on Operating Systems Design and Implementation (OSDI 23)}, year={2023}, abstract={Uses {braces} and <angles>.}}
@inproceedings{orca2, title={ORCA: kernels}, author={Wang, Qipeng}, booktitle={OSDI}, year={2023}}
@article{broken, title={Unclosed, author={Wang, Qipeng}, year={2023}}
@misc{other, title={Not mine}, author={Li, Wei}, year={2023}}
@misc{bad, title={Bad date}, author={Wang, Qipeng}, year={2023}, url={ftp://example.org/x}, eprint={2401.99999}, archivePrefix={arXiv}}`;

  test('one outcome per record, in file order, with new files checked and numbered after the largest order', () => {
    const ctx = context();
    const outcomes = planImport(readBibtex(bib), keysInOrder(bib), ctx);
    assert.deepEqual(outcomes.map(reportLine), [
      'already present melon (matches src/content/publications/melon-mobisys22.mdx by DOI)',
      'new orca → src/content/publications/orca-osdi23-2.mdx',
      'already present orca2 (matches src/content/publications/orca-osdi23-2.mdx by title)',
      'skipped broken: the BibTeX could not be read: Token mismatch, expected "}", found "@misc{other, title={"... at line 6, column 1 in "article"',
      'skipped other: Qipeng Wang is not among its authors (Wei Li)',
      'new bad → src/content/publications/bad-arxiv23.mdx',
    ]);
    assert.equal(
      summaryLine(outcomes, false),
      '6 records: 2 new, 2 already present, 2 skipped (2 files written).',
    );
    assert.equal(
      summaryLine(outcomes, true),
      '6 records: 2 new, 2 already present, 2 skipped (dry run: nothing written).',
    );
    assert.equal(ctx.nextOrder, 10);

    const orca = outcomes[1];
    assert.ok(orca?.kind === 'new');
    const { data, body } = readEntry(orca.content);
    const parsed = publicationSchema.parse(data);
    assert.equal(parsed.order, 8);
    assert.equal(parsed.venue.short, "OSDI'23");
    assert.equal(parsed.abstract, 'Uses braces and <angles>.');
    assert.equal(body.trim(), '', 'the body stays empty: imported text is data');
    const bad = outcomes[5];
    assert.ok(bad?.kind === 'new');
    assert.equal(
      publicationSchema.parse(readEntry(bad.content).data).venue.url,
      'https://arxiv.org/abs/2401.99999',
    );
  });
});

describe('templates for new entries', () => {
  const context = {
    ownerName: 'Qipeng Wang',
    affiliation: 'Peking University',
    nextOrder: 8,
    today: new Date(Date.UTC(2025, 9, 1)),
  };
  // The schema `npm run new` and the build check a scaffold word's file against: its kind's, in the registry.
  const schemaOf = (kind: EntryKind) => CONTENT_KINDS[SCAFFOLDS[kind]].schema;

  for (const kind of ENTRY_KINDS) {
    test(`a ${kind} with placeholders fits the schema, with or without values`, () => {
      for (const values of [
        {},
        {
          title: 'Melon: A Title with "quotes" & #hash',
          venue: "MobiSys'25",
          year: 2025,
          org: 'MSRA',
          institution: 'PKU',
          term: 'Spring 2024',
        },
      ]) {
        const text = entryTemplate(kind, values, context);
        const { data, body } = readEntry(text);
        const parsed = schemaOf(kind).safeParse(data);
        assert.ok(parsed.success, `${kind}: ${JSON.stringify(parsed.error?.issues)}`);
        // A news item and a page are their body; every other entry has none, so an empty abstract never shows up on a page.
        if (kind === 'news' || kind === 'page' || kind === 'post') assert.match(body, /\S/);
        else
          assert.equal(body.trim(), '', 'no body: an empty abstract must not show up on the page');
        assert.match(text, /^# /m, 'fields are explained in comments');
      }
    });
  }

  test('commented-out fields are real examples: uncommented, they fit the schema', () => {
    const fields = [
      'name',
      'url',
      'doi',
      'arxiv',
      'links',
      'pages',
      'volume',
      'issue',
      'publisher',
      'citationKey',
      'redirectFrom',
      'abstract',
      'team',
      'end',
      'mentors',
      'honors',
      'audience',
      'field',
      'department',
      'start',
      'advisors',
      'thesis',
      'image',
      'imageAlt',
      'updated',
      'status',
      'tags',
      'publications',
    ];
    const uncomment = (text: string) =>
      text.replace(new RegExp(`^(\\s*)# (?=- |  |(?:${fields.join('|')}):)`, 'gm'), '$1');
    // Every kind but news, whose only field is its day: a new kind is checked here once it has a template.
    for (const kind of ENTRY_KINDS.filter((kind) => kind !== 'news')) {
      const text = uncomment(entryTemplate(kind, { title: 'T' }, context));
      const parsed = schemaOf(kind).safeParse(readEntry(text).data);
      assert.ok(parsed.success, `${kind}: ${JSON.stringify(parsed.error?.issues)}\n${text}`);
      const data = parsed.data as Record<string, unknown>;
      for (const field of [
        'redirectFrom',
        ...({
          publication: ['doi', 'arxiv', 'pages', 'citationKey', 'abstract'],
          experience: ['team', 'end', 'honors'],
          teaching: ['audience'],
          education: ['field', 'department', 'start', 'advisors', 'thesis', 'honors'],
          news: [],
          page: [],
          post: ['updated', 'image', 'imageAlt'],
          talk: ['links', 'abstract'],
          project: ['image', 'imageAlt', 'end', 'status', 'links', 'tags', 'publications'],
        }[kind] as string[]),
      ]) {
        assert.ok(
          data[field] !== undefined && JSON.stringify(data[field]) !== '[]',
          `${kind}: ${field} is uncommented and set`,
        );
      }
    }
  });

  test('file names and terms', () => {
    assert.equal(
      templateSlug('publication', { title: 'Kestrel: Fine-Tuning LLMs on Phones' }),
      'kestrel-fine-tuning-llms-on-phones',
    );
    assert.equal(
      templateSlug('experience', { title: 'Research Intern', org: 'Microsoft Research Asia' }),
      'microsoft-research-asia-research-intern',
    );
    assert.equal(templateSlug('teaching', {}), 'new-teaching');
    assert.equal(termOf(new Date(Date.UTC(2025, 2, 1))), 'Spring 2025');
    assert.equal(termOf(new Date(Date.UTC(2025, 6, 1))), 'Summer 2025');
    assert.equal(termOf(new Date(Date.UTC(2025, 10, 1))), 'Fall 2025');
  });
});

describe('auditing content without a build', () => {
  const file = (
    collection: ContentFile['collection'],
    name: string,
    source: string,
  ): ContentFile => {
    const { data, body } = readEntry(source);
    return {
      collection,
      path: `src/content/${collection}/${name}.mdx`,
      id: name,
      source,
      data,
      body,
    };
  };
  const paper = (name: string, extra = '') =>
    file(
      'publications',
      name,
      `---\ntitle: T\nauthors: [Qipeng Wang]\nvenue: { short: X }\ndate: 2022\ntype: conference\norder: 1\n${extra}---\nSee [slides](/files/s.pdf).\n`,
    );
  const home = file(
    'pages',
    'about',
    '---\ntitle: About\npermalink: /\n---\n[CV](/files/cv.pdf)\n',
  );
  /** A project folder whose public/ holds only files/a.pdf. */
  const root = mkdtempSync(join(tmpdir(), 'audit-'));
  mkdirSync(join(root, 'public/files'), { recursive: true });
  writeFileSync(join(root, 'public/files/a.pdf'), '%PDF-1.4');
  after(() => rmSync(root, { recursive: true, force: true }));

  test('counts valid entries and finds the linked files missing from public/', () => {
    const audit = auditContent(
      root,
      [paper('a', 'links: { pdf: /files/a.pdf, code: https://x.org/ }\n'), home],
      'Qipeng Wang',
    );
    assert.deepEqual(audit.problems, []);
    assert.equal(
      describeCounts(audit.counts),
      '1 publication, 0 experience entries, 0 teaching entries, 0 education entries, 0 news items, 0 talks, 0 posts, 1 page, 0 projects',
    );
    // /files/cv.pdf is made by the build when the owner has none, so it is never missing.
    assert.deepEqual(
      audit.missingFiles.map((missing) => missing.path),
      ['/files/s.pdf'],
    );
    assert.equal(
      describeMissing(['/files/a.pdf', '/files/cv.pdf']),
      '2 linked files missing from public/files/: a.pdf, cv.pdf',
    );
    assert.equal(describeMissing(['/cv.pdf']), '1 linked file missing from public/: cv.pdf');
  });

  test('MDX pitfalls get the fix: <br>, a "<" before a number, braces around a number; the same DOI twice', () => {
    const problems = auditContent(
      root,
      [
        file('news', 'br', '---\ndate: "2024-01-02"\n---\nLine one<br>line two\n'),
        file('news', 'lt', '---\ndate: "2024-01-03"\n---\nWe found p <0.05.\n'),
        file('news', 'braces', '---\ndate: "2024-01-04"\n---\nn = {120} samples\n'),
        paper('a', 'doi: 10.1101/2023.10.12.562001\n'),
        {
          ...paper('b', 'doi: 10.1101/2023.10.12.562001\n'),
          path: 'src/content/publications/2023/b.mdx',
        },
        home,
      ],
      'Qipeng Wang',
    ).problems;
    assert.deepEqual(
      problems.filter((problem) => !/order 1 is used more than once/.test(problem)),
      [
        'src/content/news/br.mdx: body: the MDX cannot be compiled: 4:9: Expected a closing tag for `<br>` (4:9) before the end of `paragraph` (mdx-jsx:unexpected-character); write `<br />`: in MDX a tag without content closes itself',
        'src/content/news/lt.mdx: body: the MDX cannot be compiled: 4:12: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character); a "<" that is not a tag must be escaped: write `\\<` (e.g. `p \\<0.05`) or `&lt;`',
        'src/content/news/braces.mdx: body: line 4: {120} is run as code (an MDX expression), so the page shows "120" without the braces; write \\{120\\} to show them, or 120 alone.',
        'src/content/publications/a.mdx: doi: 10.1101/2023.10.12.562001 is also in src/content/publications/2023/b.mdx; one paper is one file: delete the copy (subfolders sort files, they do not make a second paper).',
      ],
    );
  });

  test('names the file and field of each problem, and the cross-entry ones', () => {
    const broken = file(
      'publications',
      'b',
      '---\ntitle: T\nauthors: [Li Wei]\nvenue: { short: X, url: not-a-url }\ndate: 2022-13\ntype: conference\norder: 1\n---\n',
    );
    const problems = auditContent(
      root,
      [
        paper('a'),
        paper('c', ''),
        file(
          'publications',
          '2024',
          '---\ntitle: T\nauthors: [Qipeng Wang]\nvenue: { short: X }\ndate: 2022\ntype: conference\norder: 9\n---\n',
        ),
        broken,
        file(
          'teaching',
          't',
          '---\nrole: TA\ncourse: C\ninstitution: I\nterms: ["Fall 20222"]\n---\n',
        ),
        {
          collection: 'experience',
          path: 'src/content/experience/x.mdx',
          id: 'x',
          source: '',
          data: undefined,
          body: '',
          yamlError: 'bad indentation',
        },
        file('experience', 'd', '---\nrole: R\norganization: O\nstart: 2023-02-30\n---\n'),
        file('pages', 'talks', '---\ntitle: Talks\npermalink: /talks/\n---\n'),
      ],
      'Qipeng Wang',
    ).problems;
    const expected = [
      /src\/content\/publications\/b\.mdx: venue\.url: expected an absolute http\(s\) URL/,
      /src\/content\/publications\/b\.mdx: date: "2022-13" is not a real calendar date/,
      /src\/content\/publications\/2024\.mdx: the file name "2024" is reserved/,
      /src\/content\/teaching\/t\.mdx: terms\.0: expected a season and a four-digit year/,
      /src\/content\/experience\/x\.mdx: the front matter cannot be read as YAML: bad indentation/,
      /src\/content\/experience\/d\.mdx: start: 2023-02-30 is not a real calendar date/,
      /src\/content\/pages\/talks\.mdx: permalink "\/talks\/" is an address the engine writes itself/,
      /publications a, c: order 1 is used more than once/,
      /src\/content\/pages\/: no page has permalink "\/"/,
    ];
    for (const pattern of expected)
      assert.ok(
        problems.some((problem) => pattern.test(problem)),
        `${pattern} in:\n${problems.join('\n')}`,
      );
    const owner = auditContent(
      root,
      [
        file(
          'publications',
          'e',
          '---\ntitle: T\nauthors: [Li Wei]\nvenue: { short: X }\ndate: 2022\ntype: conference\norder: 1\n---\n',
        ),
        home,
      ],
      'Qipeng Wang',
    );
    assert.deepEqual(owner.problems, [
      'src/content/publications/e.mdx: authors: does not include "Qipeng Wang"; write the name as in src/site.config.ts or mark yourself with { name: "…", owner: true }.',
    ]);
    const both = auditContent(
      root,
      [
        file(
          'publications',
          'f',
          '---\ntitle: T\nauthors: [Qipeng Wang]\nvenue: { short: X }\ndate: 2022\ntype: conference\norder: 1\nabstract: Plain.\n---\n\nAnd *Markdown*.\n',
        ),
        home,
      ],
      'Qipeng Wang',
    );
    assert.deepEqual(both.problems, [
      'src/content/publications/f.mdx: abstract: the paper has both an abstract: field and a body; keep one (the field for plain text, the body for Markdown).',
    ]);
    // What the build refuses in news and talks, check refuses too, naming file and field.
    const bodies = auditContent(
      root,
      [
        file('news', 'empty', '---\ndate: 2024-05-01\n---\n'),
        file('news', 'escape', '---\ndate: 2024-05-02\n---\n\nRed \u001b[31m text.\n'),
        file('news', 'tag', '---\ndate: 2024-05-03\n---\n\nAccepted at <MobiSys> today.\n'),
        file(
          'talks',
          'told',
          '---\ntitle: T\nevent: E\nlocation: Online\ndate: 2024-05-04\nkind: talk\n---\n\nWhat the talk was about.\n',
        ),
        home,
      ],
      'Qipeng Wang',
    );
    assert.deepEqual(bodies.problems, [
      'src/content/news/tag.mdx: body: the MDX cannot be compiled: 5:13: Expected a closing tag for `<MobiSys>` (5:13) before the end of `paragraph` (mdx-jsx:unexpected-character)',
      'src/content/news/empty.mdx: body: a news item needs its text after the closing "---" line.',
      'src/content/news/escape.mdx: body: contains a control character (U+001B) that cannot be shown; remove it.',
      'src/content/talks/told.mdx: body: a talk\'s text after the closing "---" line is not shown anywhere; move it into abstract:.',
    ]);
  });
});
