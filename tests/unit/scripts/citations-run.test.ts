/**
 * `npm run citations` end to end, against a local server that answers as OpenAlex, Semantic
 * Scholar and Crossref document (single lookups and batches), with every failure the run must
 * survive: 429 with Retry-After, 500, a timeout, HTML, a huge body, wrong types, another paper's
 * DOI. The run works on a throw-away copy of the engine holding test papers, never on the site.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixtureSite } from '../../support/fixture-site.ts';

/** What each source counts, by DOI (Semantic Scholar also by arXiv id). */
const OPENALEX: Record<string, number | string> = {
  '10.5555/fresh': 10,
  '10.5555/html': 31,
  '10.5555/huge': 5,
  '10.5555/types': '12',
  '10.5555/other': 6,
  '10.5555/slow': 2,
};
const CROSSREF: Record<string, number> = {
  '10.5555/fresh': 12,
  '10.5555/types': 11,
  '10.5555/single-case': 20,
};
const SEMANTIC_SCHOLAR: Record<string, number> = {
  '10.5555/fresh': 15,
  '10.5555/types': 13,
  '2401.00001': 9,
};
const BULK = Array.from({ length: 46 }, (_, index) => String(index).padStart(2, '0'));

/** The papers of the test site: id → identifiers. */
const PAPERS: Record<string, { doi?: string; arxiv?: string }> = {
  'fresh-paper': { doi: '10.5555/fresh' },
  'html-paper': { doi: '10.5555/html' },
  'huge-paper': { doi: '10.5555/huge' },
  'types-paper': { doi: '10.5555/types' },
  'other-doi-paper': { doi: '10.5555/other' },
  'slow-paper': { doi: '10.5555/slow' },
  // OpenAlex's batch leaves it out; its single lookup finds it.
  'single-paper': { doi: '10.5555/Single-Case' },
  'unknown-paper': { doi: '10.5555/unknown' },
  'arxiv-paper': { arxiv: '2401.00001' },
  'no-id-paper': {},
  ...Object.fromEntries(BULK.map((n) => [`bulk-${n}`, { doi: `10.5555/bulk.${n}` }])),
};

const PREVIOUS = {
  papers: {
    'fresh-paper': {
      doi: '10.5555/fresh',
      counts: {
        openalex: { count: 8, date: '2026-11-01' },
        semanticScholar: { count: 7, date: '2026-11-01' },
        crossref: { count: 12, date: '2026-11-01' },
      },
    },
    'html-paper': { doi: '10.5555/html', counts: { crossref: { count: 30, date: '2026-11-01' } } },
    'arxiv-paper': {
      arxiv: '2401.00001',
      counts: { semanticScholar: { count: 4, date: '2026-11-01' } },
    },
    'gone-paper': { doi: '10.5555/gone', counts: { crossref: { count: 3, date: '2026-11-01' } } },
  },
};

interface Seen {
  openalexBatches: number[];
  openalexSingles: string[];
  openalexKeys: (string | null)[];
  semanticScholarKeys: (string | undefined)[];
  semanticScholarIds: string[][];
  crossrefMailto: (string | null)[];
}

const seen: Seen = {
  openalexBatches: [],
  openalexSingles: [],
  openalexKeys: [],
  semanticScholarKeys: [],
  semanticScholarIds: [],
  crossrefMailto: [],
};
let semanticScholarFails = true;
let openalexRateLimited = false;

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
};

/** The Crossref work message as `/works/{doi}` documents it. */
const crossrefWork = (doi: string, count: unknown) => ({
  status: 'ok',
  'message-type': 'work',
  'message-version': '1.0.0',
  message: { DOI: doi, title: ['A paper'], 'is-referenced-by-count': count },
});

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url!, 'http://localhost');
  if (url.pathname === '/openalex/works') {
    seen.openalexKeys.push(url.searchParams.get('api_key'));
    if (!openalexRateLimited) {
      openalexRateLimited = true;
      response.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      response.end('{"error":"Too Many Requests"}');
      return;
    }
    const dois = (url.searchParams.get('filter') ?? '').replace(/^doi:/, '').split('|');
    seen.openalexBatches.push(dois.length);
    const results = dois
      .filter((doi) => doi in OPENALEX || doi.startsWith('10.5555/bulk.'))
      .map((doi, index) => ({
        id: `https://openalex.org/W${index + 1}`,
        doi: `https://doi.org/${doi}`,
        cited_by_count: OPENALEX[doi] ?? Number(doi.slice(-2)),
      }));
    json(response, 200, {
      meta: {
        count: results.length,
        db_response_time_ms: 12,
        page: 1,
        per_page: 50,
        groups_count: null,
      },
      results,
      group_by: [],
    });
    return;
  }
  const single = /^\/openalex\/works\/doi:(.+)$/.exec(url.pathname);
  if (single) {
    const doi = decodeURIComponent(single[1]!);
    seen.openalexSingles.push(doi);
    if (doi === '10.5555/single-case')
      json(response, 200, {
        id: 'https://openalex.org/W99',
        doi: 'https://doi.org/10.5555/single-case',
        cited_by_count: 21,
      });
    else
      json(response, 404, {
        error: 'Not Found',
        message: 'The requested resource could not be found.',
      });
    return;
  }
  if (url.pathname === '/s2/graph/v1/paper/batch' && request.method === 'POST') {
    seen.semanticScholarKeys.push(request.headers['x-api-key'] as string | undefined);
    assert.equal(url.searchParams.get('fields'), 'citationCount,externalIds');
    let body = '';
    for await (const chunk of request) body += chunk;
    const { ids } = JSON.parse(body) as { ids: string[] };
    seen.semanticScholarIds.push(ids);
    if (semanticScholarFails) {
      json(response, 500, { message: 'Internal Server Error' });
      return;
    }
    json(
      response,
      200,
      ids.map((id) => {
        const key = id.replace(/^(DOI|ARXIV):/, '');
        const count =
          SEMANTIC_SCHOLAR[key] ??
          (key.startsWith('10.5555/bulk.') ? 100 + Number(key.slice(-2)) : undefined);
        if (count === undefined) return null;
        const externalIds = id.startsWith('ARXIV:')
          ? { ArXiv: key, DOI: `10.48550/arXiv.${key}` }
          : { DOI: key };
        return { paperId: `s2-${key}`, externalIds, citationCount: count };
      }),
    );
    return;
  }
  const crossref = /^\/crossref\/works\/(.+)$/.exec(url.pathname);
  if (crossref) {
    seen.crossrefMailto.push(url.searchParams.get('mailto'));
    const doi = decodeURIComponent(crossref[1]!);
    if (doi === '10.5555/html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Maintenance</title><p>Back soon</p>');
    } else if (doi === '10.5555/huge') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ...crossrefWork(doi, 1), padding: 'x'.repeat(6_000_000) }));
    } else if (doi === '10.5555/other') {
      json(response, 200, crossrefWork('10.5555/somebody-else', 400));
    } else if (doi === '10.5555/slow') {
      // Never answers: the run must give up on its own timeout, however slow the machine is.
      await new Promise((done) => response.on('close', done));
    } else if (doi === '10.5555/types') {
      json(response, 200, crossrefWork(doi, 1e12));
    } else if (doi in CROSSREF || doi.startsWith('10.5555/bulk.')) {
      json(response, 200, crossrefWork(doi, CROSSREF[doi] ?? 50 + Number(doi.slice(-2))));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Resource not found.');
    }
    return;
  }
  response.writeHead(400, { 'content-type': 'text/plain' });
  response.end(`unexpected ${request.method} ${url.pathname}`);
}

const server = createServer((request, response) => {
  answer(request, response).catch((error: unknown) => {
    response.writeHead(500);
    response.end(String(error));
  });
});
const copy = fixtureSite('seed');

/** Runs `npm run citations` in the copy, dated `day`. */
function runCitations(day: string): Promise<{ code: number | null; output: string }> {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'citations'], {
      cwd: copy.dir,
      env: {
        ...process.env,
        OPENALEX_URL: `${base}/openalex`,
        SEMANTIC_SCHOLAR_URL: `${base}/s2/`,
        CROSSREF_URL: `${base}/crossref`,
        OPENALEX_API_KEY: 'oa-key',
        SEMANTIC_SCHOLAR_API_KEY: 's2-key',
        // Long enough that a busy machine's ordinary answers arrive; only the silent one times out.
        CITATIONS_TIMEOUT_SECONDS: '5',
        CITATIONS_MAX_WAIT_SECONDS: '5',
        SOURCE_DATE_EPOCH: String(Date.parse(`${day}T12:00:00Z`) / 1000),
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

const readData = () =>
  JSON.parse(copy.read('src/data/citations.json')) as {
    papers: Record<string, { counts: Record<string, { count: number; date: string }> }>;
  };

describe('npm run citations against a local server shaped as the APIs document', () => {
  let first: { code: number | null; output: string };

  before(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    copy.write(
      'src/site.config.ts',
      copy
        .read('src/site.config.ts')
        .replace(
          /\n\s*venues: \[[\s\S]*?\n {2}\],\n/,
          "\n  citations: { crossrefContact: 'owner@example.org' },\n",
        ),
    );
    rmSync(join(copy.dir, 'src/content/publications'), { recursive: true, force: true });
    copy.write('src/data/citations.json', `${JSON.stringify(PREVIOUS, null, 2)}\n`);
    for (const [id, ids] of Object.entries(PAPERS)) {
      const lines = [
        '---',
        `title: Paper ${id}`,
        'authors: [A. Author]',
        'venue: { short: "Test" }',
        'date: "2024-01"',
        'type: conference',
      ];
      if (ids.doi) lines.push(`doi: ${ids.doi}`);
      if (ids.arxiv) lines.push(`arxiv: "${ids.arxiv}"`);
      copy.write(`src/content/publications/${id}.mdx`, `${lines.join('\n')}\n---\n`);
    }
    first = await runCitations('2026-12-07');
  });

  after(() => {
    server.closeAllConnections();
    server.close();
    copy.remove();
  });

  test('the run ends well and asks each API as it documents, with the keys and the contact address', () => {
    assert.equal(first.code, 0, first.output);
    // 54 DOIs in batches of at most 50, after a 429 that was waited out and retried.
    assert.deepEqual(seen.openalexBatches, [50, 4]);
    assert.deepEqual(seen.openalexSingles.sort(), ['10.5555/single-case', '10.5555/unknown']);
    assert.ok(seen.openalexKeys.every((key) => key === 'oa-key'));
    assert.deepEqual(seen.semanticScholarKeys, ['s2-key']);
    assert.equal(seen.semanticScholarIds[0]!.length, 55);
    assert.ok(seen.semanticScholarIds[0]!.includes('ARXIV:2401.00001'));
    assert.ok(seen.semanticScholarIds[0]!.includes('DOI:10.5555/single-case'));
    assert.ok(
      seen.crossrefMailto.length === 54 &&
        seen.crossrefMailto.every((mailto) => mailto === 'owner@example.org'),
    );
  });

  test('the report names the retry, each paper not refreshed and why, and the paper without an identifier', () => {
    for (const line of [
      'retry: OpenAlex batch of 50: 429, retried after 1 s',
      'changed  fresh-paper (OpenAlex): 8 → 10',
      'Semantic Scholar, server error (HTTP 500): arxiv-paper (kept 4), bulk-00, bulk-01,',
      ' fresh-paper (kept 7), html-paper,',
      'Crossref, answered with text/html, not JSON: html-paper (kept 30)\n',
      'Crossref, answer larger than 5000000 bytes: huge-paper\n',
      'OpenAlex, cited_by_count is not a whole number in range: types-paper\n',
      'Crossref, is-referenced-by-count is not a whole number in range: types-paper\n',
      'Crossref, answered for another DOI (10.5555/somebody-else): other-doi-paper\n',
      'Crossref, no answer within 5 s: slow-paper\n',
      '  OpenAlex: unknown-paper\n',
      '  Crossref: unknown-paper\n',
      'no-id-paper: src/content/publications/no-id-paper.mdx',
      'gone-paper: no longer a publication',
      'Wrote src/data/citations.json (53 papers)',
    ]) {
      assert.ok(first.output.includes(line), `missing "${line}" in:\n${first.output}`);
    }
  });

  test('the file holds fresh counts, keeps the last good ones, and nothing a hostile answer said', () => {
    const data = readData();
    assert.deepEqual(data.papers['fresh-paper'], {
      doi: '10.5555/fresh',
      counts: {
        openalex: { count: 10, date: '2026-12-07' },
        semanticScholar: { count: 7, date: '2026-11-01' },
        crossref: { count: 12, date: '2026-11-01' },
      },
    });
    assert.deepEqual(data.papers['html-paper'], {
      doi: '10.5555/html',
      counts: {
        openalex: { count: 31, date: '2026-12-07' },
        crossref: { count: 30, date: '2026-11-01' },
      },
    });
    assert.deepEqual(data.papers['huge-paper'], {
      doi: '10.5555/huge',
      counts: { openalex: { count: 5, date: '2026-12-07' } },
    });
    assert.deepEqual(data.papers['other-doi-paper'], {
      doi: '10.5555/other',
      counts: { openalex: { count: 6, date: '2026-12-07' } },
    });
    assert.deepEqual(data.papers['slow-paper'], {
      doi: '10.5555/slow',
      counts: { openalex: { count: 2, date: '2026-12-07' } },
    });
    assert.deepEqual(data.papers['single-paper'], {
      doi: '10.5555/Single-Case',
      counts: {
        openalex: { count: 21, date: '2026-12-07' },
        crossref: { count: 20, date: '2026-12-07' },
      },
    });
    assert.deepEqual(data.papers['arxiv-paper'], {
      arxiv: '2401.00001',
      counts: { semanticScholar: { count: 4, date: '2026-11-01' } },
    });
    assert.deepEqual(data.papers['bulk-07'], {
      doi: '10.5555/bulk.07',
      counts: {
        openalex: { count: 7, date: '2026-12-07' },
        crossref: { count: 57, date: '2026-12-07' },
      },
    });
    for (const id of ['types-paper', 'unknown-paper', 'no-id-paper', 'gone-paper'])
      assert.equal(data.papers[id], undefined, id);
  });

  test('a second run with Semantic Scholar back adds its batch answer and dates only the counts that changed', async () => {
    semanticScholarFails = false;
    const second = await runCitations('2026-12-14');
    assert.equal(second.code, 0, second.output);
    const data = readData();
    assert.deepEqual(data.papers['fresh-paper']!.counts, {
      openalex: { count: 10, date: '2026-12-07' },
      semanticScholar: { count: 15, date: '2026-12-14' },
      crossref: { count: 12, date: '2026-11-01' },
    });
    assert.deepEqual(data.papers['arxiv-paper']!.counts, {
      semanticScholar: { count: 9, date: '2026-12-14' },
    });
    assert.deepEqual(data.papers['bulk-07']!.counts.semanticScholar, {
      count: 107,
      date: '2026-12-14',
    });
    assert.ok(
      second.output.includes('changed  arxiv-paper (Semantic Scholar): 4 → 9'),
      second.output,
    );
  });
});
