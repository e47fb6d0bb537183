import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
// scripts/ whole: the author's tools import their lib/; .prettierrc: the migrator writes the owner file in the project's style.
const COPIED = [
  'src',
  'scripts',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  '.prettierrc.json',
];

/** A throw-away copy of the site sources (node_modules linked, not copied): for builds meant to fail, benchmarks and the test fixture sites. */
export class SiteCopy {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'site-copy-'));
    // A fork may have no public/ files at all (git keeps no empty folder).
    for (const item of COPIED)
      if (existsSync(join(ROOT, item)))
        cpSync(join(ROOT, item), join(this.dir, item), { recursive: true });
    // Each package is linked, but not node_modules/.astro and .vite: Astro and Vite keep their
    // caches (the content store among them) there, and parallel builds must not share them.
    mkdirSync(join(this.dir, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name === '.astro' || name === '.vite') continue;
      symlinkSync(join(ROOT, 'node_modules', name), join(this.dir, 'node_modules', name));
    }
  }

  /** Writes a file into the copy, e.g. `src/content/publications/x.mdx`. */
  write(path: string, content: string | Buffer): void {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), content);
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  /** Puts a placeholder in public/ for every file the real site links, so that a strict build can pass. */
  addLinkedFiles(): void {
    const linked = new Set<string>();
    for (const file of readdirSync(join(this.dir, 'src/content'), {
      recursive: true,
      encoding: 'utf8',
    })) {
      if (!/\.mdx?$/.test(file)) continue;
      for (const match of readFileSync(join(this.dir, 'src/content', file), 'utf8').matchAll(
        /(\/files\/[\w.-]+\.pdf)/g,
      ))
        linked.add(match[1]!);
    }
    for (const path of linked) this.write(`public${path}`, '%PDF-1.4\n% placeholder\n');
  }

  /** A fingerprint of every source file, to prove that a failed build changed nothing. */
  sourceHash(): string {
    const hash = createHash('sha256');
    for (const file of readdirSync(join(this.dir, 'src'), {
      recursive: true,
      encoding: 'utf8',
    }).sort()) {
      const path = join(this.dir, 'src', file);
      try {
        hash.update(file).update(readFileSync(path));
      } catch {
        hash.update(`${file}/`);
      }
    }
    return hash.digest('hex');
  }

  /** Runs the real `astro build` with the project's Node (22, through npm) and returns its exit code and output, colours removed. */
  build(
    env: Record<string, string> = {},
    options: { killWhen?: RegExp } = {},
  ): Promise<{ code: number | null; output: string }> {
    return this.run(
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      env,
      options.killWhen,
    );
  }

  /** Runs the content half of `npm run check` (scripts/check.ts, copied in) on the copy, as the build's twin. */
  check(env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
    this.write('scripts/check.ts', readFileSync(join(ROOT, 'scripts/check.ts')));
    return this.run([join(this.dir, 'scripts/check.ts')], env);
  }

  /** Runs `args` with the project's Node; with `killWhen`, kills it and all it started (SIGKILL, no clean-up) once its output matches. */
  private run(
    args: string[],
    env: Record<string, string>,
    killWhen?: RegExp,
  ): Promise<{ code: number | null; output: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, args, {
        cwd: this.dir,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
          CI: 'true',
          ...env,
        },
        detached: killWhen !== undefined,
      });
      let output = '';
      const read = (chunk: Buffer) => {
        output += chunk;
        if (killWhen?.test(output) && child.exitCode === null && child.pid !== undefined)
          process.kill(-child.pid, 'SIGKILL');
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('close', (code) => done({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
    });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
