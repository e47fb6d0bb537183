import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { SiteCopy } from '../../scripts/lib/site-copy.ts';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the copy's scripts (`scripts/<script>`) with this Node, from the copy's root, as `npm run` would. */
export function runScript(
  site: SiteCopy,
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((done) => {
    const { npm_lifecycle_event: _event, STRICT_LOCAL_FILES: _strict, ...inherited } = process.env;
    const child = spawn(process.execPath, [join(site.dir, 'scripts', script), ...args], {
      cwd: site.dir,
      env: { ...inherited, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
