/**
 * How long `astro dev` takes to show an edit to a paper: the time from saving the file to the
 * dev server first serving the page with the change, found by polling the page over HTTP.
 * Reported by the benchmark, never asserted.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls `url` until it is served with `marker` in it; the milliseconds from `since`, or undefined after `timeoutMs`. */
async function waitFor(
  url: string,
  marker: string,
  since: number,
  timeoutMs: number,
): Promise<number | undefined> {
  while (performance.now() - since < timeoutMs) {
    if ((await fetchText(url))?.includes(marker)) return performance.now() - since;
    await pause(5);
  }
  return undefined;
}

/**
 * Starts `astro dev` in `siteDir`, loads `/publications/<id>/` once, then `edits` times changes
 * the paper's title and times how long until the page shows it. Median and all samples in ms.
 */
export async function measureDevEdit(
  siteDir: string,
  astroBin: string,
  id: string,
  edits = 5,
): Promise<{ startMs: number; samplesMs: number[]; medianMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: siteDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/publications/${id}/`;
  const file = join(siteDir, 'src/content/publications', `${id}.mdx`);
  const original = readFileSync(file, 'utf8');
  try {
    const titleLine = /^title:.*$/m.exec(original)?.[0];
    if (!titleLine) throw new Error(`${file} has no title line to edit`);
    const ready = await waitFor(url, '</html>', started, 120_000);
    if (ready === undefined) throw new Error(`astro dev did not serve ${url} within 2 minutes`);
    const samplesMs: number[] = [];
    for (let edit = 1; edit <= edits; edit += 1) {
      const marker = `Benchmark edit ${edit} ${Date.now()}`;
      const saved = performance.now();
      writeFileSync(file, original.replace(titleLine, `title: "${marker}"`));
      const shown = await waitFor(url, marker, saved, 30_000);
      if (shown === undefined)
        throw new Error(`the edit to ${file} did not show at ${url} within 30 s`);
      samplesMs.push(shown);
      // Let the watcher settle, so that one edit's reload does not overlap the next.
      await pause(500);
    }
    const sorted = [...samplesMs].sort((a, b) => a - b);
    return { startMs: ready, samplesMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    writeFileSync(file, original);
    server.kill();
  }
}
