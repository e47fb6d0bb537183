import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  citationCount,
  citationTotal,
  countedForPaper,
  largestCount,
  mostCited,
  normalizeArxiv,
  normalizeDoi,
  paperCitation,
  recordFor,
} from '#lib/citations/counts.ts';
import {
  citationSourceText,
  citationTotalText,
  citedByText,
  otherSourcesText,
} from '#lib/citations/wording.ts';
import { translator } from '#lib/i18n/i18n.ts';
import { publicationViews } from '#lib/publications/publication-views.ts';
import { isReservedPublicationId } from '#lib/routing/routes.ts';
import { citationsSchema } from '../../../src/schemas/citations.ts';
import { formatIssues } from '#lib/content/error-map.ts';
import { limitsFromEnv, retryAfterMs } from '../../../scripts/lib/citations/http.ts';
import { formatReport, refreshCitations } from '../../../scripts/lib/citations/refresh.ts';
import {
  batches,
  doiPath,
  printable,
  type SourceResults,
} from '../../../scripts/lib/citations/sources.ts';

describe('citation counts: what an API may give', () => {
  const cases: [unknown, number | undefined][] = [
    [0, 0],
    [42, 42],
    [2_000_000, 2_000_000],
    [2_000_001, undefined],
    [-1, undefined],
    [1.5, undefined],
    ['12', undefined],
    [null, undefined],
    [undefined, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [1e12, undefined],
    [true, undefined],
    [[3], undefined],
  ];
  for (const [value, expected] of cases) {
    test(`${JSON.stringify(value) ?? String(value)} → ${expected}`, () =>
      assert.equal(citationCount(value), expected));
  }
});

describe('citation counts: identifiers compare as the APIs write them', () => {
  const dois: [string, string][] = [
    ['10.1145/3498361.3538928', '10.1145/3498361.3538928'],
    ['https://doi.org/10.1109/TMC.2024.1', '10.1109/tmc.2024.1'],
    ['http://dx.doi.org/10.1/A', '10.1/a'],
    ['doi:10.1/B ', '10.1/b'],
    // DOIs are case-insensitive for ASCII letters only: the Kelvin sign is no K, and İ no i.
    ['10.1/\u212Aey', '10.1/\u212Aey'],
    ['10.1/\u0130d', '10.1/\u0130d'],
    ['10.1/\u00C9t\u00C9', '10.1/\u00C9t\u00C9'],
    [
      '10.1002/(SICI)1097-4636<441::AID-JBM5>3.0.CO;2-L',
      '10.1002/(sici)1097-4636<441::aid-jbm5>3.0.co;2-l',
    ],
  ];
  for (const [doi, expected] of dois)
    test(`${doi} → ${expected}`, () => assert.equal(normalizeDoi(doi), expected));
  const arxiv: [string, string][] = [
    ['2402.05981v2', '2402.05981'],
    ['arXiv:2402.05981', '2402.05981'],
    ['cs/0112017', 'cs/0112017'],
  ];
  for (const [id, expected] of arxiv)
    test(`${id} → ${expected}`, () => assert.equal(normalizeArxiv(id), expected));

  const matches: [{ doi?: string; arxiv?: string }, { doi?: string; arxiv?: string }, boolean][] = [
    [{ doi: '10.1/A' }, { doi: '10.1/a' }, true],
    [{ doi: '10.1/a' }, { doi: '10.1/b' }, false],
    [{ doi: '10.1/a' }, {}, false],
    [{}, { doi: '10.1/a' }, false],
    [{ arxiv: '2402.05981v3' }, { arxiv: '2402.05981' }, true],
    [{ doi: '10.1/a', arxiv: '2402.05981' }, { doi: '10.1/a' }, false],
  ];
  for (const [paper, record, expected] of matches) {
    test(`counted for ${JSON.stringify(record)}, the paper ${JSON.stringify(paper)}: ${expected ? 'shown' : 'not shown'}`, () =>
      assert.equal(countedForPaper(paper, record), expected));
  }
});

describe('citation counts: the number a page shows', () => {
  test('the largest count wins, and every source is kept for the details', () => {
    assert.deepEqual(
      largestCount({
        openalex: { count: 41, date: '2026-12-01' },
        semanticScholar: { count: 57, date: '2026-11-30' },
        crossref: { count: 38, date: '2026-11-24' },
      }),
      {
        source: 'semanticScholar',
        count: 57,
        date: '2026-11-30',
        all: [
          { source: 'semanticScholar', count: 57, date: '2026-11-30' },
          { source: 'openalex', count: 41, date: '2026-12-01' },
          { source: 'crossref', count: 38, date: '2026-11-24' },
        ],
      },
    );
  });
  test('a tie goes to the most recent count, then to OpenAlex, Semantic Scholar, Crossref', () => {
    assert.equal(
      largestCount({
        openalex: { count: 5, date: '2026-11-01' },
        crossref: { count: 5, date: '2026-12-01' },
      })?.source,
      'crossref',
    );
    assert.equal(
      largestCount({
        crossref: { count: 5, date: '2026-12-01' },
        openalex: { count: 5, date: '2026-12-01' },
      })?.source,
      'openalex',
    );
  });
  test('no counts, no number; counts for another DOI are not shown', () => {
    assert.equal(largestCount({}), undefined);
    assert.equal(paperCitation({ doi: '10.1/a' }, undefined), undefined);
    assert.equal(
      paperCitation(
        { doi: '10.1/a' },
        { doi: '10.1/old', counts: { crossref: { count: 3, date: '2026-12-01' } } },
      ),
      undefined,
    );
    assert.equal(
      paperCitation(
        { doi: '10.1/a' },
        { doi: '10.1/A', counts: { crossref: { count: 3, date: '2026-12-01' } } },
      )?.count,
      3,
    );
  });
  test('the total adds the shown counts and is dated by the latest', () => {
    assert.deepEqual(
      citationTotal([
        { source: 'openalex', count: 1204, date: '2026-11-30' },
        { source: 'crossref', count: 3, date: '2026-12-01' },
      ]),
      { total: 1207, date: '2026-12-01' },
    );
    assert.equal(citationTotal([]), undefined);
  });
  test('most cited: papers with a count, largest first, ties in the order given', () => {
    const counts = new Map([
      ['b', { source: 'openalex' as const, count: 5, date: '2026-12-01' }],
      ['c', { source: 'openalex' as const, count: 9, date: '2026-12-01' }],
      ['d', { source: 'openalex' as const, count: 5, date: '2026-12-01' }],
    ]);
    assert.deepEqual(
      mostCited([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], counts).map(
        (entry) => entry.id,
      ),
      ['c', 'b', 'd'],
    );
  });
});

describe('citation counts: the views and the words', () => {
  const paper = (id: string) => ({
    id,
    data: {
      year: 2024,
      authors: ['Mei Lin'],
      selected: false,
      type: 'conference' as const,
      date: { year: 2024 },
    },
  });
  test('a most cited view appears only when there are counts, and its address is no paper id', () => {
    const entries = [paper('a'), paper('b')] as unknown as Parameters<typeof publicationViews>[0];
    assert.deepEqual(
      publicationViews(entries, 'Mei Lin').map((view) => view.slug),
      ['', 'first-author', 'type/conference'],
    );
    const views = publicationViews(
      entries,
      'Mei Lin',
      new Map([['b', { source: 'crossref', count: 2, date: '2026-12-01' }]]),
    );
    assert.deepEqual(
      views.map((view) => [view.slug, view.entries.map((entry) => entry.id)]),
      [
        ['', ['a', 'b']],
        ['first-author', ['a', 'b']],
        ['most-cited', ['b']],
        ['type/conference', ['a', 'b']],
      ],
    );
    assert.equal(isReservedPublicationId('most-cited'), true);
  });
  const shown = {
    source: 'semanticScholar' as const,
    count: 1187,
    date: '2026-12-01',
    all: [
      { source: 'semanticScholar' as const, count: 1187, date: '2026-12-01' },
      { source: 'openalex' as const, count: 1204, date: '2026-11-30' },
    ],
  };
  const words: [string, string, string, string, string][] = [
    [
      'en',
      'Cited by 1,187',
      ' (Semantic Scholar, 1 December 2026)',
      '; other sources: OpenAlex 1,204',
      'Cited by 72 in total',
    ],
    [
      'zh',
      '被引用 1,187 次',
      '（Semantic Scholar，2026年12月1日）',
      '；其他来源：OpenAlex 1,204',
      '总被引用 72 次',
    ],
  ];
  for (const [code, citedBy, source, others, total] of words) {
    test(`in ${code}`, () => {
      const t = translator(code);
      assert.equal(citedByText(shown, t), citedBy);
      assert.equal(citationSourceText(shown, t), source);
      assert.equal(otherSourcesText(shown, t), others);
      assert.equal(otherSourcesText({ ...shown, all: [shown.all[0]!] }, t), '');
      assert.equal(citationTotalText({ total: 72, date: '2026-12-01' }, t).total, total);
    });
  }
});

describe('citation counts: the data file', () => {
  const counts: [unknown, string[]][] = [
    [
      1e300,
      ['papers.a.counts.crossref.count: expected a whole number of citations from 0 to 2000000'],
    ],
    [
      3e6,
      ['papers.a.counts.crossref.count: expected a whole number of citations from 0 to 2000000'],
    ],
    [
      '5',
      ['papers.a.counts.crossref.count: expected a whole number of citations from 0 to 2000000'],
    ],
  ];
  for (const [count, lines] of counts) {
    test(`a count of ${JSON.stringify(count)} is named once, with the range expected`, () => {
      const parsed = citationsSchema.safeParse({
        papers: { a: { counts: { crossref: { count, date: '2026-12-01' } } } },
      });
      assert.deepEqual(formatIssues(parsed.error!.issues, '(root)'), lines);
    });
  }
  const bad: [unknown, string][] = [
    [
      { papers: { a: { counts: { crossref: { count: -1, date: '2026-12-01' } } } } },
      'papers.a.counts.crossref.count',
    ],
    [
      { papers: { a: { counts: { crossref: { count: 3e6, date: '2026-12-01' } } } } },
      'papers.a.counts.crossref.count',
    ],
    [
      { papers: { a: { counts: { crossref: { count: 3, date: 'yesterday' } } } } },
      'papers.a.counts.crossref.date',
    ],
    [
      { papers: { a: { counts: { scholar: { count: 3, date: '2026-12-01' } } } } },
      'papers.a.counts',
    ],
    [{ papers: { a: { doi: 'https://doi.org/10.1/a', counts: {} } } }, 'papers.a.doi'],
  ];
  for (const [file, path] of bad) {
    test(`refused at ${path}`, () => {
      const parsed = citationsSchema.safeParse(file);
      assert.equal(parsed.success, false);
      assert.equal(parsed.error!.issues[0]!.path.join('.'), path);
    });
  }
});

describe('citation counts: merging a run into the last file', () => {
  const previous = {
    papers: {
      kept: { doi: '10.1/kept', counts: { crossref: { count: 30, date: '2026-11-01' } } },
      same: { doi: '10.1/same', counts: { openalex: { count: 8, date: '2026-11-01' } } },
      moved: { doi: '10.1/old', counts: { openalex: { count: 99, date: '2026-11-01' } } },
      gone: { doi: '10.1/gone', counts: { openalex: { count: 1, date: '2026-11-01' } } },
    },
  };
  const papers = [
    { id: 'kept', file: 'src/content/publications/kept.mdx', doi: '10.1/kept' },
    { id: 'same', file: 'src/content/publications/same.mdx', doi: '10.1/same' },
    { id: 'moved', file: 'src/content/publications/moved.mdx', doi: '10.1/new' },
    { id: 'bare', file: 'src/content/publications/bare.mdx' },
  ];
  const openalex: SourceResults = new Map([
    ['kept', { kind: 'count', count: 31 }],
    ['same', { kind: 'count', count: 8 }],
    ['moved', { kind: 'count', count: 2 }],
  ]);
  const crossref: SourceResults = new Map([
    ['kept', { kind: 'failed', reason: 'server error (HTTP 503)' }],
    ['same', { kind: 'notFound' }],
    ['moved', { kind: 'refused', reason: 'answered for another DOI (10.1/x)' }],
  ]);
  const { file, report } = refreshCitations(previous, papers, { openalex, crossref }, '2026-12-07');

  test('fresh counts replace old ones; an unchanged count keeps its date; a failure keeps the last good count', () => {
    assert.deepEqual(file, {
      papers: {
        kept: {
          doi: '10.1/kept',
          counts: {
            openalex: { count: 31, date: '2026-12-07' },
            crossref: { count: 30, date: '2026-11-01' },
          },
        },
        moved: { doi: '10.1/new', counts: { openalex: { count: 2, date: '2026-12-07' } } },
        same: { doi: '10.1/same', counts: { openalex: { count: 8, date: '2026-11-01' } } },
      },
    });
  });
  test('the report says what happened to each paper', () => {
    assert.equal(
      formatReport(report, 'Wrote src/data/citations.json (3 papers).'),
      [
        '3 fresh counts (0 changed), 2 not refreshed, 1 not found, 1 paper without an identifier.',
        'Not refreshed (the last good count stays):',
        '  Crossref, server error (HTTP 503): kept (kept 30)',
        '  Crossref, answered for another DOI (10.1/x): moved',
        'Not found by the source (the last good count stays):',
        '  Crossref: same',
        'No DOI or arXiv id, so no counts (add `doi: 10.…` or `arxiv: "2401.01234"` to the front matter):',
        '  bare: src/content/publications/bare.mdx',
        'Counts removed:',
        '  gone: no longer a publication',
        '  moved: its DOI or arXiv id changed since it was counted',
        'Wrote src/data/citations.json (3 papers).',
      ].join('\n'),
    );
  });
});

describe('citation counts: request helpers', () => {
  const now = Date.parse('2026-12-07T01:00:00Z');
  const retryAfter: [string | null, number | undefined][] = [
    ['2', 2000],
    [' 3 ', 3000],
    ['0', 0],
    ['99999999999', 99_999_999_999_000],
    ['Mon, 07 Dec 2026 01:00:30 GMT', 30_000],
    ['Monday, 07-Dec-26 01:00:30 GMT', 30_000],
    ['Mon Dec  7 01:00:30 2026', 30_000],
    ['Sun, 06 Dec 2026 01:00:30 GMT', 0],
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
    // Not forms HTTP allows, though Date.parse reads each as some day: the run backs off instead.
    ['-5', undefined],
    ['1.5', undefined],
    ['1e3', undefined],
    ['soon 2030', undefined],
    ['2026-12-07T01:00:30Z', undefined],
  ];
  for (const [header, expected] of retryAfter)
    test(`Retry-After ${JSON.stringify(header)} → ${expected}`, () =>
      assert.equal(retryAfterMs(header, now), expected));
  const envLimits: [Record<string, string>, string | [number, number]][] = [
    [{}, [30_000, 120_000]],
    [{ CITATIONS_TIMEOUT_SECONDS: '', CITATIONS_MAX_WAIT_SECONDS: ' ' }, [30_000, 120_000]],
    [{ CITATIONS_TIMEOUT_SECONDS: '1.5', CITATIONS_MAX_WAIT_SECONDS: '3600' }, [1500, 3_600_000]],
    // AbortSignal.timeout throws past 2^32 ms, and setTimeout fires at once past 2^31: a bound, said.
    [
      { CITATIONS_TIMEOUT_SECONDS: '1e9' },
      'CITATIONS_TIMEOUT_SECONDS must be a number of seconds above 0 and at most 3600, not "1e9"',
    ],
    [
      { CITATIONS_MAX_WAIT_SECONDS: '86400' },
      'CITATIONS_MAX_WAIT_SECONDS must be a number of seconds above 0 and at most 3600, not "86400"',
    ],
    [
      { CITATIONS_TIMEOUT_SECONDS: 'thirty' },
      'CITATIONS_TIMEOUT_SECONDS must be a number of seconds above 0 and at most 3600, not "thirty"',
    ],
    [
      { CITATIONS_TIMEOUT_SECONDS: '0' },
      'CITATIONS_TIMEOUT_SECONDS must be a number of seconds above 0 and at most 3600, not "0"',
    ],
    [
      { CITATIONS_MAX_WAIT_SECONDS: '-5' },
      'CITATIONS_MAX_WAIT_SECONDS must be a number of seconds above 0 and at most 3600, not "-5"',
    ],
  ];
  for (const [env, expected] of envLimits) {
    test(`limits from ${JSON.stringify(env)}`, () => {
      const limits = limitsFromEnv(env);
      assert.deepEqual(
        typeof limits === 'string' ? limits : [limits.timeoutMs, limits.maxRetryAfterMs],
        expected,
      );
    });
  }
  test('batches, DOI paths and printable text', () => {
    assert.deepEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
    assert.equal(doiPath('10.1000/a b?c#d/e'), '10.1000/a%20b%3Fc%23d/e');
    assert.equal(
      doiPath('10.1002/(SICI)1097<441::AID>3.0.CO;2-"L'),
      '10.1002/(SICI)1097%3C441%3A%3AAID%3E3.0.CO%3B2-%22L',
    );
    assert.equal(doiPath('10.1/../../members/1'), '10.1%2F..%2F..%2Fmembers%2F1');
    assert.equal(
      new URL(`https://api.crossref.org/works/${doiPath('10.1/../../members/1')}`).pathname,
      '/works/10.1%2F..%2F..%2Fmembers%2F1',
    );
    assert.equal(doiPath('10.1/a..b/.c'), '10.1/a..b/.c');
    assert.equal(printable('10.1/\u001b[31mred\u202e'), '10.1/?[31mred?');
  });
});

describe('citation counts: paper ids that are also names on every JavaScript object', () => {
  const previous = {
    papers: { real: { doi: '10.1/real', counts: { crossref: { count: 3, date: '2026-11-01' } } } },
  };
  const papers = [
    { id: 'constructor', file: 'src/content/publications/constructor.mdx' },
    { id: 'toString', file: 'src/content/publications/toString.mdx', doi: '10.1/to-string' },
    { id: '__proto__', file: 'src/content/publications/__proto__.mdx', doi: '10.1/proto' },
    { id: 'real', file: 'src/content/publications/real.mdx', doi: '10.1/real' },
  ];
  const results: SourceResults = new Map([
    ['toString', { kind: 'count', count: 4 }],
    ['__proto__', { kind: 'count', count: 5 }],
  ]);
  const { file, report } = refreshCitations(previous, papers, { crossref: results }, '2026-12-07');

  test('the file holds no counts for a paper it never counted, and no prototype', () => {
    assert.equal(recordFor(previous.papers, 'constructor'), undefined);
    assert.equal(recordFor(previous.papers, 'toString'), undefined);
    assert.equal(paperCitation({}, recordFor(previous.papers, 'constructor')), undefined);
    assert.equal(Object.getPrototypeOf(file.papers), Object.prototype);
    assert.deepEqual(JSON.parse(JSON.stringify(file)), {
      papers: {
        real: { doi: '10.1/real', counts: { crossref: { count: 3, date: '2026-11-01' } } },
        toString: { doi: '10.1/to-string', counts: { crossref: { count: 4, date: '2026-12-07' } } },
      },
    });
  });
  test('the report says nothing was dropped but the paper it cannot hold', () => {
    assert.deepEqual(report.dropped, [
      { id: '__proto__', reason: 'no counts for a file named __proto__: rename it' },
    ]);
  });
  test('a data file with a __proto__ key: the key is left out, not made a prototype', () => {
    const parsed = citationsSchema.safeParse(
      JSON.parse('{"papers":{"__proto__":{"counts":{}},"real":{"counts":{}}}}'),
    );
    assert.ok(parsed.success);
    assert.deepEqual(Object.keys(parsed.data.papers), ['real']);
    assert.equal(Object.getPrototypeOf(parsed.data.papers), Object.prototype);
  });
});
