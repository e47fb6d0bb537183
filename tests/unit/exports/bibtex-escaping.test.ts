import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import {
  bibtexName,
  escapeLatex,
  escapeListItem,
  escapeVerbatim,
  toBibtex,
} from '#lib/exports/bibtex.ts';
import { publicationSchema, type PublicationInput } from '../../../src/schemas/publication.ts';
import { assertBracesBalance } from '../../support/bibtex-checks.ts';

/** A paper with only what these tests need; `input` overrides. */
const entry = (input: Partial<PublicationInput>) => ({
  id: 'p',
  data: publicationSchema.parse({
    title: 'T',
    authors: ['Qipeng Wang'],
    venue: { short: "MobiSys'22" },
    date: 2022,
    type: 'conference',
    order: 1,
    ...input,
  }),
});

const parseOne = (bibtex: string) => {
  const result = parseBibtex(bibtex, { sentenceCase: false });
  assert.deepEqual(result.errors, [], bibtex);
  assert.equal(result.entries.length, 1, bibtex);
  return result.entries[0]!;
};

describe('BibTeX escaping', () => {
  test('text becomes LaTeX whose braces always balance', () => {
    const cases: [text: string, latex: string][] = [
      [
        '5% & $x_1$ #{a}~^\\',
        '5\\% \\& \\$x\\_1\\$ \\#\\{a\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
      ],
      ['a}, note = {X', 'a\\textbraceright{}, note = \\textbraceleft{}X'],
      ['}{', '\\textbraceright{}\\textbraceleft{}'],
      ['{{x}', '\\textbraceleft{}\\{x\\}'],
      ['a--b---c', 'a-{}-b-{}-{}-c'],
      ["''quoted'' ``too''", "'{}'quoted'{}' `{}`too'{}'"],
      ['¡no! ¿no? !`x ?`y ,,z', '¡no! ¿no? !{}`x ?{}`y ,{},z'],
      ['</script> ]]> a<b', '\\textless{}/script\\textgreater{} ]]\\textgreater{} a\\textless{}b'],
      ['x @misc(pwned, y', 'x {@}misc(pwned, y'],
      ['line\nbreak\r\n\n@misc{pwned,', 'line break {@}misc\\textbraceleft{}pwned,'],
      ['emoji 😀 王 \u202e "q" \'s | ; =', 'emoji 😀 王 \u202e "q" \'s | ; ='],
    ];
    for (const [text, latex] of cases) assert.equal(escapeLatex(text), latex, JSON.stringify(text));
  });

  test('a list item (a name, a publisher) cannot be split at "and"', () => {
    assert.equal(escapeListItem('Alice and Bob AND Carol'), 'Alice {and} Bob {AND} Carol');
    assert.equal(escapeListItem('and Sandy Anderson and'), '{and} Sandy Anderson {and}');
  });

  test('verbatim values (DOI, URL, eprint) percent-encode what could break the entry', () => {
    const cases: [value: string, written: string][] = [
      ['https://evil.example/a}, note = {X', 'https://evil.example/a%7D,%20note%20=%20%7BX'],
      ['https://x.org/a\\b$c', 'https://x.org/a%5Cb%24c'],
      ['https://x.org/a\tb\nc\u0007d\u00a0e', 'https://x.org/a%09b%0Ac%07d%C2%A0e'],
      ['https://x.org/a_b~c%20d#e&f@g"h<i>', 'https://x.org/a_b~c%20d#e&f@g"h<i>'],
      [
        '10.1002/(SICI)1097-4636(199706)35:4<489::AID-JBM9>3.0.CO;2-F',
        '10.1002/(SICI)1097-4636(199706)35:4<489::AID-JBM9>3.0.CO;2-F',
      ],
    ];
    for (const [value, written] of cases)
      assert.equal(escapeVerbatim(value), written, JSON.stringify(value));
  });

  test('names: the last word is the family name; white space inside the given names is kept', () => {
    const cases: [name: string, written: string][] = [
      ['Qipeng Wang', 'Wang, Qipeng'],
      ['Juan de la Fuente', 'Fuente, Juan de la'],
      ['Wang, Qipeng', 'Wang, Qipeng'],
      ['Plato', 'Plato'],
      ['A\u00a0B Bob', 'Bob, A\u00a0B'],
      ['Alice\n Bob', 'Bob, Alice'],
    ];
    for (const [name, written] of cases)
      assert.equal(bibtexName(name), written, JSON.stringify(name));
  });
});

describe('an exported entry is inert, whatever its fields hold', () => {
  test('a venue.url with braces (the schema takes them, not spaces) stays one field of one entry', () => {
    const bibtex = toBibtex(
      entry({ venue: { short: "MobiSys'22", url: 'https://evil.example/a},note={X' } }),
      'k',
    );
    assertBracesBalance(bibtex);
    const parsed = parseOne(bibtex);
    assert.equal(parsed.fields.note, undefined);
    assert.equal(parsed.fields.url, 'https://evil.example/a%7D,note=%7BX');
  });

  test('a title, venue and publisher that try to close their field stay in it', () => {
    const bibtex = toBibtex(
      entry({
        title: 'x}, note = {X',
        venue: { short: 'V', name: 'N}}\n@misc{pwned, title={Injected' },
        publisher: 'Alice and Bob}',
        volume: '1}',
        issue: '{2',
      }),
      'k',
    );
    assertBracesBalance(bibtex);
    const parsed = parseOne(bibtex);
    assert.deepEqual(
      [
        parsed.fields.title,
        parsed.fields.booktitle,
        parsed.fields.publisher,
        parsed.fields.volume,
        parsed.fields.number,
        parsed.fields.note,
      ],
      [
        'x}, note = {X',
        'N}} @misc{pwned, title={Injected',
        ['Alice and Bob}'],
        '1}',
        '{2',
        undefined,
      ],
    );
  });

  test('an author named "Alice and Bob" stays one author', () => {
    const parsed = parseOne(toBibtex(entry({ authors: ['Qipeng Wang', 'Alice and Bob'] }), 'k'));
    assert.deepEqual(parsed.fields.author, [
      { lastName: 'Wang', firstName: 'Qipeng' },
      { lastName: 'Bob', firstName: 'Alice and' },
    ]);
  });

  test('a literal name (an organisation) is written whole, in braces, and read back whole', () => {
    const bibtex = toBibtex(
      entry({
        authors: [
          'Qipeng Wang',
          { name: 'Alice and Bob', literal: true },
          { name: 'The {Open} Lab}', literal: true },
        ],
      }),
      'k',
    );
    assert.match(
      bibtex,
      /^ {2}author = \{Wang, Qipeng and \{Alice and Bob\} and \{The \\\{Open\\\} Lab\\textbraceright\{\}\}\},$/m,
    );
    assertBracesBalance(bibtex);
    assert.deepEqual(parseOne(bibtex).fields.author, [
      { lastName: 'Wang', firstName: 'Qipeng' },
      { name: 'Alice and Bob' },
      { name: 'The {Open} Lab}' },
    ]);
  });

  test('pages keep their en-dash range', () => {
    assert.match(toBibtex(entry({ pages: 'A1–A9' }), 'k'), /^ {2}pages = \{A1--A9\},?$/m);
  });
});
