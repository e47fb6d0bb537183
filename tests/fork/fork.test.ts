import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FIXTURES_OUT, fixtureSite } from '../support/fixture-site.ts';

/*
 * A fork, made the way the README's "Make it yours" says: another person's owner file and content
 * (tests/fixtures/sites/lifesci/: a computational biologist at base /homepage/), the engine and its
 * tests untouched. Her `npm run build` must pass, and so must the tests that read the owner's site:
 * the content checks, the built-site checks on her dist/ and the smoke spec. Her build is the
 * fixture build of the same site (dist-fixtures/lifesci/), made before this suite runs.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE_BUILD = join(FIXTURES_OUT, 'lifesci');

/** Runs `args` with this Node in the fork's folder, as `npm run` would there. */
function run(
  dir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    // The outer run's ports and lifecycle are not the fork's.
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(E2E_|npm_|NODE_TEST)/.test(key)),
    );
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('a fork for another person, at base /homepage/', () => {
  const fork = fixtureSite('lifesci');
  before(async () => {
    for (const item of ['tests', 'playwright.config.ts'])
      cpSync(join(ROOT, item), join(fork.dir, item), { recursive: true });
    // `npm run build:fixtures` has built this very site (her files, her base and address, the engine
    // untouched) into dist-fixtures/lifesci/, and npm test runs this suite after it: one build, not two.
    if (existsSync(FIXTURE_BUILD)) {
      cpSync(FIXTURE_BUILD, join(fork.dir, 'dist'), { recursive: true });
      return;
    }
    const build = await fork.build();
    assert.equal(build.code, 0, build.output.slice(-3000));
  });
  after(() => fork.remove());

  test('npm run check: her entries pass the content checks', async () => {
    const check = await fork.check();
    assert.equal(check.code, 0, check.output);
  });

  test('the built-site checks pass on her dist/', async () => {
    const dist = await run(
      fork.dir,
      ['--test', 'tests/build/integrity.test.ts', 'tests/build/html-validate.test.ts'],
      { DIST_OWNER_ONLY: '1' },
    );
    assert.equal(dist.code, 0, dist.output.slice(-4000));
    assert.match(dist.output, /# fail 0/);
  });

  test('the smoke spec, unchanged, passes on her site under /homepage/', async () => {
    const smoke = await run(
      fork.dir,
      [
        join(ROOT, 'node_modules/@playwright/test/cli.js'),
        'test',
        '--project=smoke',
        '--reporter=line',
      ],
      {
        E2E_OWNER_ONLY: '1',
      },
    );
    assert.equal(smoke.code, 0, smoke.output.slice(-4000));
    assert.match(smoke.output, /\d+ passed/);
    assert.doesNotMatch(smoke.output, /skipped|flaky/);
  });
});
