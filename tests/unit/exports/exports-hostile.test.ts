import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse as parseBibtex, type Entry } from '@retorquere/bibtex-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatIssues } from '#lib/content/error-map.ts';
import { assignCitationKeys, toBibliography } from '#lib/exports/bibtex.ts';
import type { PublicationEntry } from '#lib/publications/publications.ts';
import { toCsl } from '#lib/exports/csl.ts';
import { hasMath, splitMath } from '#lib/markdown/math.ts';
import { feedTimestamp, toAtom } from '#lib/exports/feed.ts';
import { articleJsonLd, serializeJsonLd } from '#lib/exports/json-ld.ts';
import {
  publicationSchema,
  publicationTypes,
  type PublicationInput,
} from '../../../src/schemas/publication.ts';
import { assertBracesBalance } from '../../support/bibtex-checks.ts';
import { BIBTEX_TYPES, citedUrl } from '../../support/papers.ts';

/**
 * Hostile text through every exported field of a publication, by the real schema and the real
 * exports: the BibTeX must parse to exactly the entries written, each value reading back as the
 * text that went in; the feed must be well-formed XML; CSL-JSON must parse and give back every
 * value; the JSON-LD must not be able to leave its <script>. The generator is seeded, so a
 * failure names its case and reproduces.
 */

/** Pieces of text that have broken, or could break, one of the formats. */
const TEXT_PIECES = [
  '{',
  '}',
  '{x}',
  '}{',
  '{{',
  '}}',
  '@',
  '@misc{pwned,',
  '@misc(pwned, ',
  '\\',
  '\\textbf{x}',
  '\\}',
  '"',
  "'",
  "''",
  '`',
  '``',
  '\n',
  '\r\n',
  '\n\n@misc{x,',
  '%',
  '#',
  '~',
  '$',
  '$x$',
  '\\$x\\$',
  '$\\{x$',
  '&',
  '&amp;',
  '^',
  '_',
  '-',
  '--',
  '---',
  '<',
  '>',
  '</script>',
  ']]>',
  '<!--',
  '\u200f',
  '😀',
  '👩‍👩‍👧',
  'é',
  '王',
  ' and ',
  ' AND ',
  '|',
  ',,',
  '!`',
  '?`',
  '\u00a0',
  '\u2028',
  '\t',
  '}, note = {X',
  'Melon',
  'LLM',
  'on',
  'Q.',
];
/** The same pieces, for family names: one word, so neither white space nor commas. */
const WORD_PIECES = TEXT_PIECES.filter((piece) => !/[\s,]/.test(piece));
/** Given names: anything but commas (a comma makes a name `Last, First`). */
const GIVEN_PIECES = TEXT_PIECES.filter((piece) => !piece.includes(','));

/**
 * Pieces of addresses and DOIs, each with how BibTeX must write it. Verbatim fields cannot take
 * a LaTeX escape, so what could break the entry is percent-encoded; `$` too, which the parser
 * reads as maths even there. `doi: false` for what the schema refuses in a DOI.
 */
const VERBATIM_PIECES: { piece: string; written: string; doi: boolean }[] = [
  { piece: 'a', written: 'a', doi: true },
  { piece: '@', written: '@', doi: true },
  { piece: '"', written: '"', doi: true },
  { piece: "'", written: "'", doi: true },
  { piece: '%', written: '%', doi: true },
  { piece: '%7D', written: '%7D', doi: true },
  { piece: '#', written: '#', doi: true },
  { piece: '~', written: '~', doi: true },
  { piece: '&', written: '&', doi: true },
  { piece: '$', written: '%24', doi: true },
  { piece: '<', written: '<', doi: true },
  { piece: '</script>', written: '</script>', doi: true },
  { piece: ']]>', written: ']]>', doi: true },
  { piece: '--', written: '--', doi: true },
  { piece: "''", written: "''", doi: true },
  { piece: '_^`', written: '_^`', doi: true },
  { piece: '\u202e', written: '\u202e', doi: true },
  { piece: '😀', written: '😀', doi: true },
  { piece: '{', written: '%7B', doi: false },
  { piece: '}', written: '%7D', doi: false },
  { piece: '\\', written: '%5C', doi: false },
  { piece: ' ', written: '%20', doi: false },
  { piece: '\u00a0', written: '%C2%A0', doi: false },
];
const DOI_PIECES = VERBATIM_PIECES.filter((piece) => piece.doi);
/** The schema refuses white space, backslashes and control or format characters in a web address. */
const URL_PIECES = VERBATIM_PIECES.filter((piece) => !/[\s\\\p{Cc}\p{Cf}]/u.test(piece.piece));

const ARXIV_IDS = ['2402.05981', '2402.05981v2', 'cs/0112017', 'math.GT/0309136'];
/** Pages as written, and as the parser reads them back (it prints `--` as an en dash). */
const PAGES: [written: string | number, parsed: string][] = [
  ['1--14', '1–14'],
  ['e42', 'e42'],
  ['A1–A9', 'A1–A9'],
  [7, '7'],
];
const DATES: PublicationInput['date'][] = [2022, '2024-02', new Date('2022-06-27')];
/** Characters no text field may hold, with how the schema names them. */
const UNSHOWABLE: [char: string, named: string][] = [
  ['\u0001', 'a control character (U+0001)'],
  ['\u0007', 'a control character (U+0007)'],
  ['\u001b', 'a control character (U+001B)'],
  ['\u000b', 'a control character (U+000B)'],
  ['\u007f', 'a control character (U+007F)'],
  ['\u0085', 'a control character (U+0085)'],
  ['\ud800', 'a character that is not text (U+D800)'],
  ['\uffff', 'a character that is not text (U+FFFF)'],
  ['\u202e', 'a text-direction override (U+202E)'],
];

/** mulberry32: a small seeded generator, so that every run makes the same cases. */
function seeded(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** One to `max` pieces, and always a word, so the text is never only space. */
  const text = (pieces: readonly string[], max = 5) =>
    [
      ...Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(pieces)),
      pick(['Melon', 'Q', 'x']),
    ]
      .sort(() => next() - 0.5)
      .join('');
  return { next, pick, text };
}

interface Case {
  input: PublicationInput;
  /** For each author in order: the family and given names BibTeX must give back, or the literal name. */
  names: ({ family: string; given: string } | { literal: string })[];
  /** The DOI and venue address as BibTeX must write them. */
  writtenDoi?: string;
  writtenUrl?: string;
  pages?: string;
  /** An abstract: not checked by any schema, so it may hold anything, control characters too. */
  summary: string;
}

function makeCase(random: ReturnType<typeof seeded>, index: number): Case {
  const { next, pick, text } = random;
  // Ending on a letter: the schema trims an address, so trailing white space would not reach the export.
  const verbatim = (pieces: typeof VERBATIM_PIECES) => [
    ...Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(pieces)),
    VERBATIM_PIECES[0]!,
  ];
  const urlPieces = verbatim(URL_PIECES);
  const extraUrlPieces = verbatim(URL_PIECES.filter((piece) => piece.doi));
  const doiPieces = verbatim(DOI_PIECES);
  const names: Case['names'] = [];
  const authors: PublicationInput['authors'] = Array.from(
    { length: 1 + Math.floor(next() * 4) },
    () => {
      if (next() < 0.25) {
        const literal = text(TEXT_PIECES);
        names.push({ literal: literal.trim() });
        return { name: literal, literal: true };
      }
      const given = text(GIVEN_PIECES);
      const family = text(WORD_PIECES, 3);
      names.push({ family, given: given.trim() });
      return `${given} ${family}`;
    },
  );
  const type = publicationTypes[index % publicationTypes.length]!;
  const withArxiv = index % 3 === 0;
  const withDoi = index % 4 !== 1;
  const withUrl = index % 5 !== 2;
  const [pages, parsedPages] = pick(PAGES);
  return {
    input: {
      title: text(TEXT_PIECES, 8),
      authors,
      venue: {
        short: text(TEXT_PIECES, 3),
        ...(index % 2 === 0 ? { name: text(TEXT_PIECES) } : {}),
        ...(withUrl
          ? { url: `https://example.org/${urlPieces.map(({ piece }) => piece).join('')}` }
          : {}),
      },
      date: DATES[index % DATES.length]!,
      type,
      ...(withDoi ? { doi: `10.1234/${doiPieces.map(({ piece }) => piece).join('')}` } : {}),
      ...(withArxiv ? { arxiv: pick(ARXIV_IDS) } : {}),
      pages,
      volume: text(TEXT_PIECES, 2),
      issue: text(TEXT_PIECES, 2),
      publisher: text(TEXT_PIECES),
      links: {
        pdf: `/files/${text(
          WORD_PIECES.filter((piece) => !/[?#%\\\p{Cc}\p{Cf}]/u.test(piece)),
          3,
        )}.pdf`,
        code: `https://example.org/${urlPieces.map(({ piece }) => piece).join('')}`,
        extra: [
          {
            label: text(TEXT_PIECES),
            url: `https://example.org/x?${extraUrlPieces.map(({ piece }) => piece).join('')}`,
          },
        ],
      },
      order: index + 1,
    },
    names,
    ...(withDoi
      ? { writtenDoi: `10.1234/${doiPieces.map(({ written }) => written).join('')}` }
      : {}),
    ...(withUrl
      ? { writtenUrl: `https://example.org/${urlPieces.map(({ written }) => written).join('')}` }
      : {}),
    pages: parsedPages,
    summary: `${text(TEXT_PIECES, 8)}${pick(UNSHOWABLE)[0]}${text(TEXT_PIECES)}`,
  };
}

const SEED = 20240611;
const CASES = 240;
const BATCH = 8;

/** BibTeX reads any run of white space as one space. */
const asBibtexReads = (text: string) => text.replace(/[ \t\n\r]+/g, ' ');
/**
 * A title as a BibTeX reader gives it back: its text as written, and each formula as the reader
 * makes of that formula alone (it turns TeX into its own text), so what is checked is that the
 * formula reached BibTeX as TeX and nothing around it changed. A formula whose braces do not pair
 * up (`$\\{x$`) would let BibTeX end the field, so it is exported as the text it is.
 */
function titleAsRead(title: string): string {
  return splitMath(title)
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const unpaired =
        [...segment.tex].reduce(
          (depth, char) => (depth < 0 ? depth : depth + (char === '{' ? 1 : char === '}' ? -1 : 0)),
          0,
        ) !== 0;
      if (unpaired) return `$${segment.tex}$`;
      const alone = parseBibtex(`@misc{k, title = {{$${segment.tex}$}}}`, { sentenceCase: false });
      return alone.errors.length === 0 && typeof alone.entries[0]?.fields.title === 'string'
        ? alone.entries[0].fields.title
        : `$${segment.tex}$`;
    })
    .join('');
}

/** XML 1.0's `Char` production: every character a document may hold. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

const random = seeded(SEED);
const cases = Array.from({ length: CASES }, (_, index) => makeCase(random, index));
const entries: PublicationEntry[] = cases.map((hostile, index) => {
  const parsed = publicationSchema.safeParse(hostile.input);
  assert.ok(
    parsed.success,
    `case ${index}: the schema should take ${JSON.stringify(hostile.input)}: ${JSON.stringify(parsed.error?.issues)}`,
  );
  return { id: `case-${index}`, data: parsed.data };
});

/** What one BibTeX entry must hold for one case. */
function expectedFields(hostile: Case, entry: PublicationEntry): Record<string, unknown> {
  const { data } = entry;
  const type = BIBTEX_TYPES[data.type];
  const venue = asBibtexReads(data.venue.name ?? data.venue.short);
  const doiUrl = hostile.writtenDoi && `https://doi.org/${hostile.writtenDoi}`;
  const arxivUrl = data.arxiv && `https://arxiv.org/abs/${data.arxiv}`;
  const url = hostile.writtenUrl ?? doiUrl ?? arxivUrl;
  return {
    author: hostile.names.map((name) =>
      'literal' in name
        ? { name: asBibtexReads(name.literal) }
        : { lastName: name.family, firstName: asBibtexReads(name.given) },
    ),
    title: asBibtexReads(titleAsRead(data.title)),
    ...(type === 'inproceedings' || type === 'incollection' ? { booktitle: venue } : {}),
    ...(type === 'inproceedings' && data.venue.name
      ? { series: asBibtexReads(data.venue.short) }
      : {}),
    ...(type === 'article' ? { journal: venue } : {}),
    ...(type === 'phdthesis' ? { school: venue } : {}),
    ...(type === 'techreport'
      ? { institution: [asBibtexReads(data.publisher!)] }
      : { publisher: [asBibtexReads(data.publisher!)] }),
    ...(type === 'misc' && !data.arxiv ? { howpublished: venue } : {}),
    year: String(data.date.year),
    ...(data.date.month ? { month: String(data.date.month) } : {}),
    volume: asBibtexReads(data.volume!),
    number: asBibtexReads(data.issue!),
    pages: hostile.pages,
    ...(hostile.writtenDoi ? { doi: hostile.writtenDoi } : {}),
    ...(data.arxiv ? { eprint: data.arxiv, archiveprefix: 'arXiv' } : {}),
    ...(url ? { url } : {}),
  };
}

describe(`hostile text in every field, ${CASES} seeded cases (seed ${SEED})`, () => {
  test('BibTeX: exactly the entries written, every value read back as it went in, braces balanced', () => {
    const keys = assignCitationKeys(entries);
    for (let start = 0; start < CASES; start += BATCH) {
      const batch = entries.slice(start, start + BATCH);
      const bibtex = toBibliography(batch, keys);
      assertBracesBalance(bibtex);
      const library = parseBibtex(bibtex, { sentenceCase: false });
      assert.deepEqual(library.errors, [], bibtex);
      assert.deepEqual(
        library.entries.map((entry: Entry) => entry.key),
        batch.map((entry) => keys.get(entry.id)),
        'one entry per paper, none added',
      );
      library.entries.forEach((parsed, offset) => {
        const index = start + offset;
        assert.deepEqual(
          parsed.fields,
          expectedFields(cases[index]!, entries[index]!),
          `case ${index}:\n${toBibliography([entries[index]!], keys)}`,
        );
      });
    }
  });

  test('the Atom feed is well-formed XML and gives back each title and name', () => {
    const xml = toAtom({
      title: 'Publications',
      feedUrl: 'https://q.io/feed.xml',
      homeUrl: 'https://q.io/',
      author: 'Qipeng Wang',
      entries: entries.map((entry, index) => ({
        url: `https://q.io/publications/${entry.id}/`,
        title: entry.data.title,
        published: feedTimestamp({ year: 2000 + index }),
        authors: entry.data.authors.map((author) =>
          typeof author === 'string' ? author : author.name,
        ),
        summary: cases[index]!.summary,
      })),
    });
    assert.equal(XMLValidator.validate(xml), true);
    // The validator does not look at characters; XML's own rule does.
    assert.match(xml, XML_CHARS);
    const feed = new XMLParser({
      trimValues: false,
      isArray: (name) => name === 'entry' || name === 'author',
    }).parse(xml).feed;
    const byUrl = new Map<string, { title: string; author: { name: string }[] }>(
      feed.entry.map((entry: { id: string }) => [entry.id, entry]),
    );
    entries.forEach((entry, index) => {
      const parsed = byUrl.get(`https://q.io/publications/${entry.id}/`);
      // XML reads every line end as a line feed.
      const lines = (text: string) => text.replace(/\r\n?/g, '\n');
      assert.equal(parsed?.title, lines(entry.data.title), `case ${index}`);
      assert.deepEqual(
        parsed?.author.map((author) => author.name),
        entry.data.authors.map((author) =>
          lines(typeof author === 'string' ? author : author.name),
        ),
        `case ${index}`,
      );
    });
  });

  test('CSL-JSON parses and gives back every value', () => {
    const keys = assignCitationKeys(entries);
    const items = entries.map((entry) => toCsl(entry, keys.get(entry.id)!));
    const parsed = JSON.parse(JSON.stringify(items, null, 2));
    assert.deepEqual(parsed, items);
    parsed.forEach((item, index) => {
      const { data } = entries[index]!;
      assert.deepEqual(
        {
          // A title with a formula is made plain text (O(n²)); the literal cases are in scholarly.test.ts.
          title: hasMath(data.title) ? data.title.replaceAll('\\$', '$') : item.title,
          author: item.author,
          'container-title-short': item['container-title-short'],
          publisher: item.publisher,
          volume: item.volume,
          issue: item.issue,
          DOI: item.DOI,
          URL: item.URL,
        },
        {
          title: data.title.replaceAll('\\$', '$'),
          author: cases[index]!.names,
          'container-title-short': data.venue.short,
          publisher: data.publisher,
          volume: data.volume,
          issue: data.issue,
          DOI: data.doi,
          URL: citedUrl(data),
        },
        `case ${index}`,
      );
    });
  });

  test('JSON-LD cannot leave its <script>, and parses to the same data', () => {
    entries.forEach((entry, index) => {
      const data = articleJsonLd(entry.data, {
        pageUrl: 'https://q.io/p/',
        aboutUrl: 'https://q.io/',
        ownerName: 'Qipeng Wang',
        description: cases[index]!.summary,
      });
      const serialised = serializeJsonLd(data);
      assert.doesNotMatch(serialised, /[<>&\u2028\u2029]/, `case ${index}`);
      assert.deepEqual(JSON.parse(serialised), JSON.parse(JSON.stringify(data)), `case ${index}`);
    });
  });

  test('the schema refuses a character no page can show, in any text field, naming the field', () => {
    const { pick, next } = seeded(SEED + 1);
    const fields: [
      path: string,
      put: (input: PublicationInput, text: string) => PublicationInput,
    ][] = [
      ['title', (input, text) => ({ ...input, title: text })],
      ['authors.0', (input, text) => ({ ...input, authors: [text] })],
      ['authors.0.name', (input, text) => ({ ...input, authors: [{ name: text, literal: true }] })],
      ['venue.short', (input, text) => ({ ...input, venue: { ...input.venue, short: text } })],
      ['venue.name', (input, text) => ({ ...input, venue: { ...input.venue, name: text } })],
      ['publisher', (input, text) => ({ ...input, publisher: text })],
      ['volume', (input, text) => ({ ...input, volume: text })],
      ['issue', (input, text) => ({ ...input, issue: text })],
      [
        'links.extra.0.label',
        (input, text) => ({
          ...input,
          links: { extra: [{ label: text, url: 'https://example.org/' }] },
        }),
      ],
    ];
    cases.slice(0, 60).forEach((hostile, index) => {
      const [path, put] = pick(fields);
      const [char, named] = pick(UNSHOWABLE);
      const clean = [...hostile.input.title];
      const at = 1 + Math.floor(next() * (clean.length - 1));
      const result = publicationSchema.safeParse(
        put(hostile.input, [...clean.slice(0, at), char, ...clean.slice(at)].join('')),
      );
      assert.equal(result.success, false, `case ${index}: ${path} with ${named}`);
      const messages = formatIssues(result.error!.issues);
      assert.ok(
        messages.some(
          (message) =>
            message.startsWith(`${path}: `) &&
            message.endsWith(`contains ${named} that cannot be shown; remove it`),
        ),
        `case ${index}: ${messages.join('\n')}`,
      );
    });
  });
});
