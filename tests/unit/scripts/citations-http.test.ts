/**
 * requestJson, the one door of `npm run citations` to the web, against a local server that
 * misbehaves the ways a broken network or a hostile API can: every answer ends within the
 * timeout, is read to a bound, and is refused with a reason; nothing is followed off the API.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { crossrefCounts } from '../../../scripts/lib/citations/crossref.ts';
import { openAlexCounts } from '../../../scripts/lib/citations/openalex.ts';
import {
  requestJson,
  type JsonAnswer,
  type RequestLimits,
} from '../../../scripts/lib/citations/http.ts';
import { semanticScholarCounts } from '../../../scripts/lib/citations/semantic-scholar.ts';

const LIMITS: RequestLimits = {
  timeoutMs: 800,
  maxRetryAfterMs: 2000,
  retries: 2,
  maxBytes: 100_000,
  maxTotalWaitMs: 2500,
};
// 50 MB of spaces in 50 kB: a body small on the wire and huge once decompressed.
const BOMB = gzipSync(Buffer.alloc(50_000_000, 32));

/** What the other host (not the API) was sent. */
const elsewhere: IncomingHttpHeaders[] = [];
const other = createServer((request, response) => {
  elsewhere.push(request.headers);
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"cited_by_count":999999}');
});

const jsonHead = (response: ServerResponse, headers: Record<string, string> = {}) =>
  response.writeHead(200, { 'content-type': 'application/json', ...headers });

const ROUTES: Record<string, (response: ServerResponse) => void> = {
  '/drip': (response) => {
    jsonHead(response);
    const timer = setInterval(() => response.write(' '), 50);
    response.on('close', () => clearInterval(timer));
  },
  '/never-ends': (response) => {
    jsonHead(response);
    response.write('{"count":');
  },
  '/length-lies-longer': (response) => {
    jsonHead(response, { 'content-length': '1000' });
    response.end('{}');
  },
  '/length-over-limit': (response) => {
    jsonHead(response, { 'content-length': '999999999' });
    response.end('{}');
  },
  '/gzip-bomb': (response) => {
    jsonHead(response, { 'content-encoding': 'gzip' });
    response.end(BOMB);
  },
  '/to-other-host': (response) => {
    response.writeHead(307, {
      location: `http://localhost:${(other.address() as AddressInfo).port}/works`,
    });
    response.end();
  },
  '/to-file': (response) => {
    response.writeHead(302, { location: 'file:///etc/passwd' });
    response.end();
  },
  '/loop': (response) => {
    response.writeHead(302, { location: '/loop' });
    response.end();
  },
  '/moved': (response) => {
    response.writeHead(301, { location: '/json' });
    response.end();
  },
  '/json': (response) => {
    jsonHead(response);
    response.end('{"__proto__":{"polluted":true},"count":1,"count":2}');
  },
  '/rate-limited-forever': (response) => {
    response.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
    response.end('{}');
  },
  '/retry-after-too-long': (response) => {
    response.writeHead(429, { 'retry-after': '3600' });
    response.end();
  },
};

/** Requests to the API that is down (every answer a 503). */
const down: string[] = [];

/** Semantic Scholar's batch answers, by the way they go wrong: the ids asked → the list answered. */
const S2_BATCHES: Record<string, (ids: string[]) => unknown> = {
  reordered: (ids) =>
    [...ids].reverse().map((id) => ({ externalIds: { DOI: id.slice(4) }, citationCount: 7 })),
  short: (ids) =>
    ids.slice(1).map((id) => ({ externalIds: { DOI: id.slice(4) }, citationCount: 7 })),
  long: (ids) =>
    [...ids, ids[0]].map((id) => ({ externalIds: { DOI: id!.slice(4) }, citationCount: 7 })),
  mixed: (ids) => [
    null,
    { externalIds: { DOI: ids[1]!.slice(4).toUpperCase() }, citationCount: '7' },
    { externalIds: { DOI: `${ids[2]!.slice(4)}x` }, citationCount: 7 },
  ],
};

/** OpenAlex's list of works, with two works for 10.5555/twin in the order the test sets. */
let twinsReversed = false;
ROUTES['/oa/works'] = (response) => {
  const twins = [
    { doi: 'https://doi.org/10.5555/twin', cited_by_count: 40 },
    { doi: 'https://doi.org/10.5555/TWIN', cited_by_count: 'many' },
    { doi: 'https://doi.org/10.5555/twin', cited_by_count: 3 },
  ];
  jsonHead(response);
  response.end(
    JSON.stringify({ meta: { count: 3 }, results: twinsReversed ? twins.reverse() : twins }),
  );
};

/** Answers every other request, and asks the rest to come back in a second. */
let patientCalls = 0;
ROUTES['/patient'] = (response) => {
  if (patientCalls++ % 2 === 0) {
    response.writeHead(429, { 'retry-after': '1' });
    response.end();
  } else {
    jsonHead(response);
    response.end('{}');
  }
};

const server = createServer((request, response) => {
  const path = new URL(request.url!, 'http://localhost').pathname;
  const route = ROUTES[path];
  const batch = /^\/s2-(\w+)\/graph\/v1\/paper\/batch$/.exec(path);
  if (batch) {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      jsonHead(response);
      response.end(
        JSON.stringify(S2_BATCHES[batch[1]!]!((JSON.parse(body) as { ids: string[] }).ids)),
      );
    });
  } else if (path.startsWith('/down/')) {
    down.push(path);
    response.writeHead(503, { 'retry-after': '0' });
    response.end();
  } else if (route) route(response);
  else {
    response.writeHead(404);
    response.end();
  }
});

let base = '';
before(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
  other.close();
});

const ask = (path: string, init: RequestInit = {}) =>
  requestJson(`${base}${path}`, init, LIMITS, { retried: [] }, path);

describe('requestJson against a broken or hostile server', () => {
  const refused: [string, string][] = [
    ['/drip', 'answer broke off (The operation was aborted due to timeout)'],
    ['/never-ends', 'answer broke off (The operation was aborted due to timeout)'],
    ['/length-lies-longer', 'answer broke off (The operation was aborted due to timeout)'],
    ['/length-over-limit', 'answer larger than 100000 bytes'],
    ['/gzip-bomb', 'answer larger than 100000 bytes'],
    ['/to-file', 'redirected to another address (file://), not followed'],
    ['/loop', 'more than 5 redirects'],
    ['/rate-limited-forever', 'rate limited (429) after 3 tries'],
    [
      '/retry-after-too-long',
      'rate limited (429); Retry-After asks for 3600 s, more than the 2 s a run waits',
    ],
  ];
  for (const [path, reason] of refused) {
    test(`${path}: refused, "${reason}", within the timeout`, async () => {
      const started = Date.now();
      const answer: JsonAnswer = await ask(path);
      assert.equal(answer.ok, false);
      assert.equal(!answer.ok && answer.reason, reason);
      assert.ok(Date.now() - started < LIMITS.timeoutMs * 3, `took ${Date.now() - started} ms`);
    });
  }

  test('a redirect to another host is not followed, and the API key goes nowhere else', async () => {
    const answer = await ask('/to-other-host', {
      method: 'POST',
      headers: { 'x-api-key': 'secret', 'content-type': 'application/json' },
      body: '{}',
    });
    assert.deepEqual(answer, {
      ok: false,
      reason: `redirected to another address (http://localhost:${(other.address() as AddressInfo).port}), not followed`,
    });
    assert.deepEqual(elsewhere, []);
  });

  test('a redirect within the API is followed; __proto__ in an answer is a plain key and pollutes nothing', async () => {
    const answer = await ask('/moved');
    assert.ok(answer.ok);
    assert.deepEqual(Object.keys(answer.body as object), ['__proto__', 'count']);
    assert.equal((answer.body as { count: number }).count, 2);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
  });
});

describe('a source that keeps failing', () => {
  test('is asked three times in a row, then no more this run, and each paper says why', async () => {
    const papers = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
      id,
      file: `src/content/publications/${id}.mdx`,
      doi: `10.5555/${id}`,
    }));
    const results = await crossrefCounts(papers, {
      baseUrl: `${base}/down`,
      limits: LIMITS,
      log: { retried: [] },
    });
    assert.deepEqual(down, [
      '/down/works/10.5555/a',
      '/down/works/10.5555/b',
      '/down/works/10.5555/c',
    ]);
    assert.deepEqual(Object.fromEntries(results), {
      a: { kind: 'failed', reason: 'server error (HTTP 503)' },
      b: { kind: 'failed', reason: 'server error (HTTP 503)' },
      c: { kind: 'failed', reason: 'server error (HTTP 503)' },
      d: {
        kind: 'failed',
        reason: 'not asked: the last 3 requests failed (server error (HTTP 503))',
      },
      e: {
        kind: 'failed',
        reason: 'not asked: the last 3 requests failed (server error (HTTP 503))',
      },
      f: {
        kind: 'failed',
        reason: 'not asked: the last 3 requests failed (server error (HTTP 503))',
      },
    });
  });
});

describe('a batch that is not the list asked for', () => {
  const papers = ['a', 'b', 'c'].map((id) => ({
    id,
    file: `src/content/publications/${id}.mdx`,
    doi: `10.5555/${id}`,
  }));
  const cases: [string, Record<string, unknown>][] = [
    [
      'reordered',
      {
        a: { kind: 'refused', reason: 'answered for another DOI (10.5555/c)' },
        b: { kind: 'count', count: 7 },
        c: { kind: 'refused', reason: 'answered for another DOI (10.5555/a)' },
      },
    ],
    ...(['short', 'long'] as const).map((name): [string, Record<string, unknown>] => [
      name,
      Object.fromEntries(
        papers.map((paper) => [
          paper.id,
          { kind: 'refused', reason: 'answered with a list that does not match the ids asked' },
        ]),
      ),
    ]),
    [
      'mixed',
      {
        a: { kind: 'notFound' },
        b: { kind: 'refused', reason: 'citationCount is not a whole number in range' },
        c: { kind: 'refused', reason: 'answered for another DOI (10.5555/cx)' },
      },
    ],
  ];
  for (const [name, expected] of cases) {
    test(`Semantic Scholar, ${name}: each paper gets only its own count`, async () => {
      const results = await semanticScholarCounts(papers, {
        baseUrl: `${base}/s2-${name}`,
        limits: LIMITS,
        log: { retried: [] },
      });
      assert.deepEqual(Object.fromEntries(results), expected);
    });
  }
});

describe('an API that answers each request only after its Retry-After', () => {
  test('the run waits on rate limits at most maxTotalWaitMs in all, then gives up saying so', async () => {
    const log = { retried: [] as string[] };
    const answers: JsonAnswer[] = [];
    for (let request = 0; request < 4; request++)
      answers.push(await requestJson(`${base}/patient`, {}, LIMITS, log, `request ${request}`));
    assert.deepEqual(
      answers.map((answer) => (answer.ok ? 'ok' : answer.reason)),
      [
        'ok',
        'ok',
        'rate limited (429); the run has waited 2 s on rate limits, of the 2.5 s it may',
        // Answered at once: no wait was needed.
        'ok',
      ],
    );
    assert.deepEqual(log.retried, [
      'request 0: 429, retried after 1 s',
      'request 1: 429, retried after 1 s',
    ]);
  });
});

describe('OpenAlex with two works for one DOI', () => {
  for (const reversed of [false, true]) {
    test(`the larger count is kept, whichever comes first (${reversed ? 'reversed' : 'as listed'})`, async () => {
      twinsReversed = reversed;
      const papers = [
        { id: 'twin', file: 'src/content/publications/twin.mdx', doi: '10.5555/Twin' },
      ];
      const results = await openAlexCounts(papers, {
        baseUrl: `${base}/oa`,
        limits: LIMITS,
        log: { retried: [] },
      });
      assert.deepEqual(Object.fromEntries(results), { twin: { kind: 'count', count: 40 } });
    });
  }
});
