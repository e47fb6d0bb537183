import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  MAX_RECORD_BYTES,
  keysInOrder,
  keyOfSource,
  plainFromMarkup,
  readBibtex,
  splitBlocks,
} from '../../../scripts/lib/bibtex-source.ts';
import {
  authorsFor,
  creatorName,
  findOwner,
  isOthers,
} from '../../../scripts/lib/bibtex-authors.ts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/bib', name), 'utf8');

describe('reading BibTeX', () => {
  test('decodes accents, braces, dashes and markup into plain text', () => {
    const { records, broken } = readBibtex(String.raw`@article{a,
      title = {{Melon}: the {\"u}ber {\'e}tude -- fa\c{c}ade of \emph{On-Device} ML, 5\% \& $x^2$},
      author = {M{\"u}ller, Jos{\'e} and Garc{\'\i}a, Mar{\'\i}a},
      abstract = {First {paragraph}.

Second \textbf{one} with \textless{}tags\textgreater{}.},
      year = 2022, month = jun }`);
    assert.deepEqual(broken, []);
    const [record] = records;
    assert.ok(record);
    assert.equal(record.fields.title, 'Melon: the über étude – façade of On-Device ML, 5% & $x^2$');
    assert.equal(record.fields.abstract, 'First paragraph.\n\nSecond one with <tags>.');
    assert.equal(record.fields.month, '6');
    assert.deepEqual(record.authors.map(creatorName), ['José Müller', 'María García']);
  });

  test('keeps formulas in titles and abstracts as TeX for the site to typeset, and writes a dollar sign of the text as \\$', () => {
    const { records, broken } = readBibtex(String.raw`@inproceedings{a,
      title = {{$\epsilon$}-DP for {\"U}ber {LLMs} in $O(n^2)$ at \$3 and \$x\$},
      author = {Wang, Qipeng},
      abstract = {We run $k$ models, $a<b$.

$$\sum_i x_i$$},
      booktitle = {Proc. $\alpha$ Workshop}, year = 2022 }`);
    assert.deepEqual(broken, []);
    assert.equal(
      records[0]?.fields.title,
      String.raw`$\epsilon$-DP for Über LLMs in $O(n^2)$ at \$3 and \$x\$`,
    );
    assert.equal(records[0]?.fields.abstract, 'We run $k$ models, $a<b$.\n\n$$\\sum_i x_i$$');
    // Only titles and abstracts are typeset; a venue is text.
    assert.equal(records[0]?.fields.booktitle, 'Proc. α Workshop');
  });

  test('reads "Last, First" and "First Last", particles, suffixes, literal names and "others"', () => {
    const { records } = readBibtex(String.raw`@misc{a, title = {T}, year = 2020,
      author = {Wang, Qipeng and Mengwei Xu and de la Fuente, Juan and Smith, Jr., John and {Google Research} and others}}`);
    const authors = records[0]?.authors ?? [];
    assert.deepEqual(authors.map(creatorName), [
      'Qipeng Wang',
      'Mengwei Xu',
      'Juan de la Fuente',
      'John Smith Jr.',
      'Google Research',
      'others',
    ]);
    assert.deepEqual(authors.map(isOthers), [false, false, false, false, false, true]);
  });

  test('joins list fields and keeps verbatim fields as written', () => {
    const { records } = readBibtex(
      String.raw`@techreport{a, title={T}, year=2020, institution = {MSR and PKU}, url = {https://example.org/a_b%20c}, doi = {10.1000/x_y}}`,
    );
    assert.equal(records[0]?.fields.institution, 'MSR and PKU');
    assert.equal(records[0]?.fields.url, 'https://example.org/a_b%20c');
    assert.equal(records[0]?.fields.doi, '10.1000/x_y');
  });

  test('bare angle brackets mean themselves (LaTeX would print ¡ and ¿), in text and in verbatim fields', () => {
    const { records } = readBibtex(
      String.raw`@misc{a, title={T}, year=2020, abstract={latency <10 ms, a>b, $<$ and \textless{}}, url={https://example.org/?q=<x>}}`,
    );
    assert.equal(records[0]?.fields.abstract, 'latency <10 ms, a>b, $<$ and <');
    assert.equal(records[0]?.fields.url, 'https://example.org/?q=<x>');
  });

  test('reports a broken record with its key and still reads the records after it', () => {
    const text = fixture('broken.bib');
    const { records, broken } = readBibtex(text);
    assert.deepEqual(
      records.map((record) => record.key),
      ['wang2023good', 'wang2023noyear', 'wang2023after'],
    );
    assert.equal(broken.length, 1);
    assert.equal(broken[0]?.key, 'wang2023broken');
    assert.match(broken[0]?.reason ?? '', /expected "\}"/);
    assert.deepEqual(keysInOrder(text), [
      'wang2023good',
      'wang2023broken',
      'wang2023noyear',
      'wang2023after',
    ]);
  });

  test('drops an unknown LaTeX command, keeps its argument, and remembers it for the report', () => {
    const { records, broken } = readBibtex(
      String.raw`@misc{a, title = {Weird \foo{bar} title}, year = 2020}`,
    );
    assert.deepEqual(broken, []);
    assert.equal(records[0]?.fields.title, 'Weird bar title');
    assert.deepEqual(records[0]?.unknownCommands, ['\\foo']);
  });

  test('a file without records gives nothing, and keys are read from source text', () => {
    assert.deepEqual(readBibtex('just some text, no records'), {
      records: [],
      broken: [],
      warnings: [],
    });
    assert.equal(keyOfSource('  @InProceedings{ DBLP:conf/x/Y22 ,\n title'), 'DBLP:conf/x/Y22');
    assert.equal(keyOfSource('title = {x}'), undefined);
    assert.deepEqual(
      keysInOrder(
        '% @article{old, title={x}}\n@comment{c, x}\n@string{s = "x"}\n@misc{a,\n}\n@Article( b ,\n)',
      ),
      ['a', 'b'],
    );
  });

  test('blocks are cut by braces, not by lines; comments hold what they hold', () => {
    const text =
      'x@y.org wrote:\n@comment{jabref: @article{inside, title={no}}}\n@misc{a, note={a {b} c}, x={y}}\n% @misc{off,}\n@article(b, title={)})\n@misc{unclosed, title={x\n@misc{c,}';
    assert.deepEqual(
      splitBlocks(text).map(({ type, key, text: source }) => [type, key, source]),
      [
        ['comment', undefined, '@comment{jabref: @article{inside, title={no}}}'],
        ['misc', 'a', '@misc{a, note={a {b} c}, x={y}}'],
        ['article', 'b', '@article(b, title={)})'],
        ['misc', 'unclosed', '@misc{unclosed, title={x\n'],
        ['misc', 'c', '@misc{c,}'],
      ],
    );
    assert.deepEqual(keysInOrder(text), ['a', 'b', 'unclosed', 'c']);
    const { records, broken } = readBibtex(
      '@comment{x, @inproceedings{ghost, title={Ghost}, year=2020}}\n@misc{real, title={Real}, year=2020}',
    );
    assert.deepEqual(
      records.map((record) => record.key),
      ['real'],
    );
    assert.deepEqual(broken, [], 'a comment is not reported as a record');
  });

  test('a record over the size limit is left unread, in time proportional to its size', () => {
    assert.equal(MAX_RECORD_BYTES, 65536);
    const authors = Array.from({ length: 3000 }, (_, index) => `Author${index}, Given`).join(
      ' and ',
    );
    const huge = `@inproceedings{huge, title={Huge}, author={${authors}}, year={2024}, abstract={${'word '.repeat(400_000)}}}`;
    const started = process.hrtime.bigint();
    const { records, broken } = readBibtex(
      `@misc{before, title={Before}, year=2020}\n${huge}\n\n@misc{after, title={After},\n year=2020}`,
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    assert.deepEqual(
      records.map((record) => record.key),
      ['before', 'after'],
    );
    assert.deepEqual(broken, [
      {
        key: 'huge',
        reason:
          'it is 2,017 KB, over the 64 KB a record may have (a real one is a few KB), so it was not read',
      },
    ]);
    // Reading it took 10 minutes before the limit; a generous bound keeps a busy machine green.
    assert.ok(seconds < 20, `took ${seconds} s`);
  });

  test("line numbers in the parser's messages are the file's, with comments and large records left out", () => {
    const { broken } = readBibtex(
      `@comment{one\ntwo}\n@misc{big, note={${'x'.repeat(70_000)}\n}}\n@article{bad, title={x, year=2020 }\n@misc{c, title={y}}\n`,
    );
    assert.match(
      broken.find((record) => record.key === 'bad')?.reason ?? '',
      /found "@misc\{c, title=\{y\}\}\\n"\.\.\. at line 6, column 1/,
    );
  });

  test('plain text from the parser markup: tags removed, paragraphs kept, spacing collapsed', () => {
    assert.equal(
      plainFromMarkup('a <i>b</i>  <span class="nocase">C</span>\n d<p>e</p>'),
      'a b C d\n\ne',
    );
    assert.equal(plainFromMarkup('x < y and <tag> stay'), 'x < y and <tag> stay');
  });
});

describe('cutting a hostile .bib into blocks', () => {
  // Each input took minutes when every unclosed block was scanned to the end of the file, and every
  // `@` back to its line's start; the bound says "seconds", not how many.
  test('work in proportion to the size, whatever the file holds', { timeout: 20_000 }, () => {
    const table: [string, string, { blocks: number; first?: string; last?: string }][] = [
      ['a megabyte of @', '@'.repeat(1_000_000), { blocks: 0 }],
      [
        '40,000 records that never close',
        '@misc{a, title={x\n'.repeat(40_000),
        { blocks: 40_000, first: '@misc{a, title={x\n', last: '@misc{a, title={x\n' },
      ],
      [
        '40,000 round records that never close',
        '@misc(a, title={x\n'.repeat(40_000),
        { blocks: 40_000, first: '@misc(a, title={x\n', last: '@misc(a, title={x\n' },
      ],
      [
        'half a megabyte of spaces, then @ after @ on one line',
        `${' '.repeat(500_000)}${'@'.repeat(500_000)}\n@misc{k, title={T}}`,
        { blocks: 1, first: '@misc{k, title={T}}', last: '@misc{k, title={T}}' },
      ],
    ];
    for (const [name, text, expected] of table) {
      const blocks = splitBlocks(text);
      assert.deepEqual(
        {
          blocks: blocks.length,
          ...(blocks.length > 0 ? { first: blocks[0]!.text, last: blocks.at(-1)!.text } : {}),
        },
        expected,
        name,
      );
    }
  });
});

describe('finding the owner among the authors', () => {
  const creators = (text: string) =>
    readBibtex(`@misc{a, title={T}, year=2020, author={${text}}}`).records[0]?.authors ?? [];

  test('by name, however it is written', () => {
    assert.deepEqual(findOwner(creators('Xu, Mengwei and WANG, QIPENG'), 'Qipeng Wang'), {
      kind: 'exact',
      index: 1,
    });
    assert.deepEqual(findOwner(creators('Xu, Mengwei and Qipeng Wang'), 'Qipeng Wang'), {
      kind: 'exact',
      index: 1,
    });
  });

  test('by initials when exactly one author could be the owner, who is then flagged', () => {
    const list = creators('D. {Xu} and Q. {Wang} and X. {Liu}');
    assert.deepEqual(findOwner(list, 'Qipeng Wang'), { kind: 'initials', index: 1 });
    assert.deepEqual(authorsFor(list, 'Qipeng Wang'), [
      'D. Xu',
      { name: 'Q. Wang', owner: true },
      'X. Liu',
    ]);
  });

  test('never by another given name, nor when two authors share the initials', () => {
    assert.deepEqual(findOwner(creators('Wang, Qiang and Xu, Mengwei'), 'Qipeng Wang'), {
      kind: 'absent',
    });
    assert.deepEqual(findOwner(creators('Q. Wang and Q. Wang'), 'Qipeng Wang'), { kind: 'absent' });
    assert.deepEqual(findOwner(creators('Wang, Qipeng and Q. Wang'), 'Qipeng Wang'), {
      kind: 'exact',
      index: 0,
    });
  });

  test('keeps "others" as the last name, which the BibTeX export writes back as "and others"', () => {
    assert.deepEqual(authorsFor(creators('Wang, Qipeng and others'), 'Qipeng Wang'), [
      'Qipeng Wang',
      'others',
    ]);
  });
});
