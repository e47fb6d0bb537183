import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
const read = (name: string) =>
  parse(readFileSync(join(ROOT, '.github/workflows', name), 'utf8')) as {
    jobs: Record<string, Job>;
  };
const workflows = readdirSync(join(ROOT, '.github/workflows')).filter((name) =>
  /\.ya?ml$/.test(name),
);
const steps = Object.values(read('deploy.yml').jobs).flatMap((job) => job.steps);

test('every workflow runs actions pinned by commit and keeps no credentials in .git/config', () => {
  assert.deepEqual(workflows.sort(), ['citations.yml', 'deploy.yml']);
  for (const name of workflows) {
    const all = Object.values(read(name).jobs).flatMap((job) => job.steps);
    // A tag can be moved to other code; a commit cannot.
    assert.deepEqual(
      all.flatMap((step) =>
        step.uses && !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(step.uses) ? [step.uses] : [],
      ),
      [],
      name,
    );
    const checkouts = all.filter((step) => step.uses?.startsWith('actions/checkout@'));
    assert.ok(checkouts.length > 0, name);
    assert.deepEqual(
      checkouts.map((step) => step.with?.['persist-credentials']),
      checkouts.map(() => false),
      name,
    );
  }
});

test('no job that can write to the repository installs or runs npm packages', () => {
  // An install script runs with the job's token in reach: a job that writes installs nothing.
  const writing = workflows.flatMap((name) =>
    Object.entries(read(name).jobs)
      .filter(([, job]) =>
        Object.entries(job.permissions ?? {}).some(
          ([scope, level]) => level === 'write' && scope !== 'pages' && scope !== 'id-token',
        ),
      )
      .map(([id, job]) => ({
        where: `${name} ${id}`,
        npm: job.steps.filter(
          (step) =>
            /\b(?:npm|npx)\b/.test(step.run ?? '') || step.uses?.startsWith('actions/setup-node@'),
        ).length,
      })),
  );
  assert.deepEqual(writing, [{ where: 'citations.yml commit', npm: 0 }]);
});

test('the deploy workflow audits what the build runs', () => {
  const audits = steps.flatMap((step) => (step.run?.startsWith('npm audit') ? [step.run] : []));
  // Every package is a dev dependency: `--omit=dev` audited nothing and could never fail.
  assert.deepEqual(audits, ['npm audit --audit-level=high']);
});

interface CitationsWorkflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      permissions: Record<string, string>;
      steps: (Step & { env?: Record<string, string>; if?: string; id?: string })[];
    }
  >;
}
const citations = parse(
  readFileSync(join(ROOT, '.github/workflows/citations.yml'), 'utf8'),
) as CitationsWorkflow;
const citationSteps = Object.values(citations.jobs).flatMap((job) => job.steps);

test('the citations workflow: weekly and by hand, fetched read-only, the token that may push only where it pushes', () => {
  assert.deepEqual(Object.keys(citations.on).sort(), ['schedule', 'workflow_dispatch']);
  assert.deepEqual(citations.permissions, {});
  assert.deepEqual(
    Object.entries(citations.jobs).map(([id, job]) => [id, job.permissions]),
    [
      ['fetch', { contents: 'read' }],
      ['commit', { contents: 'write', actions: 'write' }],
    ],
  );
  // npm ci and npm run citations run code from npm: they see the API keys, never the token.
  const withToken = citationSteps.filter((step) => JSON.stringify(step).includes('github.token'));
  assert.deepEqual(
    withToken.map((step) => [step.run?.includes('npm') ?? false, step.id ?? step.if]),
    [
      [false, 'commit'],
      [false, "steps.commit.outputs.pushed == 'true'"],
    ],
  );
  // The push runs no hook of the checked-out repository with the token.
  const push = withToken.find((step) => step.run?.includes('git') && step.run.includes(' push '));
  assert.match(
    push?.run ?? '',
    /git -c core\.hooksPath=\/dev\/null -c "http\.https:\/\/github\.com\/\.extraheader=/,
  );
});
