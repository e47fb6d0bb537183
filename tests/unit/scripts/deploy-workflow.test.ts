import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

test('the deploy workflow runs actions pinned by commit, keeps no credentials, and audits what the build runs', () => {
  const actions = steps.flatMap((step) => (step.uses ? [step.uses] : []));
  // A tag can be moved to other code; a commit cannot.
  assert.deepEqual(
    actions.filter((uses) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(uses)),
    [],
  );
  const checkouts = steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
  assert.ok(checkouts.length > 0);
  assert.deepEqual(
    checkouts.map((step) => step.with?.['persist-credentials']),
    checkouts.map(() => false),
  );
  const audits = steps.flatMap((step) => (step.run?.startsWith('npm audit') ? [step.run] : []));
  // Every package is a dev dependency: `--omit=dev` audited nothing and could never fail.
  assert.deepEqual(audits, ['npm audit --audit-level=high']);
});
