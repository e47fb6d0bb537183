/**
 * One JSON request to an open citation API, answered or refused with the reason: a web API's
 * answer is data from outside, so anything but a reasonably small JSON body is a failure, never
 * a crash. 429 waits as long as Retry-After asks, up to a bound, and tries again.
 */

import { printable } from './sources.ts';

/** How long to wait, and how much to read, before giving up on an answer. */
export interface RequestLimits {
  /** Per attempt, in milliseconds. */
  timeoutMs: number;
  /** The longest Retry-After honoured, in milliseconds; a longer one gives up at once. */
  maxRetryAfterMs: number;
  /** Tries after a 429 before giving up. */
  retries: number;
  /** Bytes of body read at most. */
  maxBytes: number;
  /** All the waiting on 429s a run does, in milliseconds: an API that answers each request only after its Retry-After would otherwise cost that wait times the papers. */
  maxTotalWaitMs: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  timeoutMs: 30_000,
  maxRetryAfterMs: 120_000,
  retries: 3,
  maxBytes: 5_000_000,
  maxTotalWaitMs: 600_000,
};

/** The longest a run may be told to wait for one answer or one Retry-After: an hour (timers take at most about 24 days, and a weekly job not that long). */
const MAX_SECONDS = 3600;

/**
 * The limits from CITATIONS_TIMEOUT_SECONDS and CITATIONS_MAX_WAIT_SECONDS (unset or empty: the
 * defaults), or what is wrong with one of them.
 */
export function limitsFromEnv(env: Record<string, string | undefined>): RequestLimits | string {
  const limits = { ...DEFAULT_LIMITS };
  const variables = [
    ['CITATIONS_TIMEOUT_SECONDS', 'timeoutMs'],
    ['CITATIONS_MAX_WAIT_SECONDS', 'maxRetryAfterMs'],
  ] as const;
  for (const [name, field] of variables) {
    const text = env[name]?.trim();
    if (!text) continue;
    const value = Number(text);
    if (!/^\d+(?:\.\d+)?$/.test(text) || value <= 0 || value > MAX_SECONDS)
      return `${name} must be a number of seconds above 0 and at most ${MAX_SECONDS}, not ${JSON.stringify(text)}`;
    limits[field] = value * 1000;
  }
  return limits;
}

export type JsonAnswer =
  { ok: true; status: number; body: unknown } | { ok: false; status?: number; reason: string };

/** What the run did about rate limits, for its report. */
export interface RequestLog {
  retried: string[];
  /** Milliseconds waited on 429s so far, by every source of the run. */
  waitedMs?: number;
}

/** The three forms of an HTTP date (RFC 9110): `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT`, `Sun Nov  6 08:49:37 1994`. */
const HTTP_DATE =
  /^(?:[A-Za-z]{3,9}, \d{2}[ -][A-Za-z]{3}[ -]\d{2}(?:\d{2})? \d{2}:\d{2}:\d{2} GMT|[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

/**
 * `Retry-After: 2` or an HTTP date → milliseconds from now; undefined when absent or not one of
 * those (`-5`, `1.5`, `soon 2030`: JavaScript's lenient date parser would read the last two as
 * dates, so only the forms HTTP allows are read).
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Reads at most `maxBytes` of the body; undefined when it is longer. */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Redirects followed at most: an API answers in place, or moves a record once. */
const MAX_REDIRECTS = 5;

/**
 * `fetch` that follows redirects only within the API's own origin: a redirect to another host
 * would carry the API key (`x-api-key` is no header fetch strips) and answer for the API.
 * Returns the reason when it stops at a redirect.
 */
async function fetchSameOrigin(
  url: string,
  init: RequestInit,
  signal: AbortSignal,
): Promise<Response | string> {
  const origin = new URL(url).origin;
  let at = url;
  let request = init;
  for (let hop = 0; ; hop++) {
    const response = await fetch(at, { ...request, redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects`;
    let next: URL;
    try {
      next = new URL(location, at);
    } catch {
      return `redirected to an address that does not parse (${printable(location)})`;
    }
    if (next.origin !== origin)
      return `redirected to another address (${printable(`${next.protocol}//${next.host}`)}), not followed`;
    at = next.href;
    // 303 (and, as browsers do, 301/302 after a POST) asks again with GET.
    if (
      response.status === 303 ||
      ((response.status === 301 || response.status === 302) && (request.method ?? 'GET') !== 'GET')
    ) {
      const { body: _body, ...rest } = request;
      request = { ...rest, method: 'GET' };
    }
  }
}

/** `GET`/`POST` `url`, expecting JSON; `label` names the request in the report (`Crossref 10.1145/…`). */
export async function requestJson(
  url: string,
  init: RequestInit,
  limits: RequestLimits,
  log: RequestLog,
  label: string,
): Promise<JsonAnswer> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      const fetched = await fetchSameOrigin(url, init, AbortSignal.timeout(limits.timeoutMs));
      if (typeof fetched === 'string') return { ok: false, reason: fetched };
      response = fetched;
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return {
        ok: false,
        reason: timedOut
          ? `no answer within ${limits.timeoutMs / 1000} s`
          : `could not connect (${error instanceof Error ? error.message : String(error)})`,
      };
    }
    if (response.status === 429) {
      await response.body?.cancel();
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? 1000 * 2 ** attempt;
      if (attempt >= limits.retries)
        return { ok: false, status: 429, reason: `rate limited (429) after ${attempt + 1} tries` };
      if (wait > limits.maxRetryAfterMs)
        return {
          ok: false,
          status: 429,
          reason: `rate limited (429); Retry-After asks for ${Math.ceil(wait / 1000)} s, more than the ${limits.maxRetryAfterMs / 1000} s a run waits`,
        };
      const waited = log.waitedMs ?? 0;
      if (waited + wait > limits.maxTotalWaitMs)
        return {
          ok: false,
          status: 429,
          reason: `rate limited (429); the run has waited ${Math.ceil(waited / 1000)} s on rate limits, of the ${limits.maxTotalWaitMs / 1000} s it may`,
        };
      log.waitedMs = waited + wait;
      log.retried.push(`${label}: 429, retried after ${Math.ceil(wait / 1000)} s`);
      await sleep(wait);
      continue;
    }
    try {
      if (response.status === 404) {
        await response.body?.cancel();
        return { ok: false, status: 404, reason: 'not found' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return {
          ok: false,
          status: response.status,
          reason: `server error (HTTP ${response.status})`,
        };
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json' && !type.endsWith('+json')) {
        await response.body?.cancel();
        return {
          ok: false,
          status: response.status,
          reason: `answered with ${type || 'no content type'}, not JSON`,
        };
      }
      const text = await readLimited(response, limits.maxBytes);
      if (text === undefined)
        return {
          ok: false,
          status: response.status,
          reason: `answer larger than ${limits.maxBytes} bytes`,
        };
      try {
        return { ok: true, status: response.status, body: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, status: response.status, reason: 'answer is not valid JSON' };
      }
    } catch (error) {
      // The body can time out too, after the headers came.
      return {
        ok: false,
        status: response.status,
        reason: `answer broke off (${error instanceof Error ? error.message : String(error)})`,
      };
    }
  }
}

/** Failed requests in a row after which a run stops asking that source. */
export const FAILURES_IN_A_ROW = 3;

/**
 * Stops asking a source that keeps failing: one request per paper to an API that is down, rate
 * limits forever or never answers would cost the timeout (or the retries) times the papers,
 * past the scheduled job's time limit, and that job's other sources' counts with it. A 404 is
 * an answer, not a failure.
 */
export function failureStreak(): (ask: () => Promise<JsonAnswer>) => Promise<JsonAnswer> {
  let failures = 0;
  let last = '';
  return async (ask) => {
    if (failures >= FAILURES_IN_A_ROW)
      return {
        ok: false,
        reason: `not asked: the last ${FAILURES_IN_A_ROW} requests failed (${last})`,
      };
    const answer = await ask();
    if (answer.ok || answer.status === 404) failures = 0;
    else {
      failures++;
      last = answer.reason;
    }
    return answer;
  };
}

/** Spaces requests to one API at least `intervalMs` apart (its documented rate), one at a time. */
export function pacer(intervalMs: number): () => Promise<void> {
  let next = 0;
  return async () => {
    const now = Date.now();
    const wait = next - now;
    next = Math.max(now, next) + intervalMs;
    if (wait > 0) await sleep(wait);
  };
}
