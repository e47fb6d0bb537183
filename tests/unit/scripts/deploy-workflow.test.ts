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

interface CitationsWorkflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions: Record<string, string>; steps: (Step & { env?: Record<string, string>; if?: string; id?: string })[] }>;
}
const citations = parse(readFileSync(join(ROOT, '.github/workflows/citations.yml'), 'utf8')) as CitationsWorkflow;
const citationSteps = Object.values(citations.jobs).flatMap((job) => job.steps);

test('the citations workflow: weekly and by hand, pinned actions, and the token that may push only where it pushes', () => {
  assert.deepEqual(Object.keys(citations.on).sort(), ['schedule', 'workflow_dispatch']);
  assert.deepEqual(citations.permissions, {});
  assert.deepEqual(
    Object.values(citations.jobs).map((job) => job.permissions),
    [{ contents: 'write', actions: 'write' }],
  );
  assert.deepEqual(
    citationSteps.flatMap((step) => (step.uses && !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(step.uses) ? [step.uses] : [])),
    [],
  );
  const checkouts = citationSteps.filter((step) => step.uses?.startsWith('actions/checkout@'));
  assert.deepEqual(
    checkouts.map((step) => step.with?.['persist-credentials']),
    [false],
  );
  // npm ci and npm run citations run code from npm: they see the API keys, never the token.
  const withToken = citationSteps.filter((step) => JSON.stringify(step).includes('github.token'));
  assert.deepEqual(
    withToken.map((step) => [step.run?.includes('npm') ?? false, step.if]),
    [
      [false, "steps.commit.outputs.changed == 'true'"],
      [false, "steps.commit.outputs.changed == 'true'"],
    ],
  );
});
