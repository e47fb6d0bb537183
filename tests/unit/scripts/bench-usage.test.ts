import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

test('npm run bench -- --help prints the usage and builds nothing', () => {
  const result = spawnSync(
    process.execPath,
    [join(import.meta.dirname, '../../../scripts/bench.ts'), '--help'],
    { encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
  assert.equal(
    result.stdout.split('\n')[0],
    'npm run bench [-- --sizes 10,100,1000,5000] [--no-lighthouse] [--no-dev]',
  );
  assert.match(result.stdout, /when `jekyll` is installed it builds/);
  assert.equal(result.stderr, '');
});
