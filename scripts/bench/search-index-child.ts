// Runs the build's search step (src/integrations/site-search.ts) once more on a built site, in
// this process, and reports how long it took and what the index weighs: the time the step adds
// to a build, measured apart from the rest of it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_BUNDLE_FOLDER } from '#lib/routing/routes.ts';
import { siteSearch } from '../../src/integrations/site-search.ts';

const dir = process.argv[2]!;
const indexStep = siteSearch().hooks['astro:build:done'] as unknown as (options: {
  dir: URL;
  logger: { info(message: string): void };
}) => Promise<void>;
const started = performance.now();
await indexStep({ dir: pathToFileURL(`${dir}/`), logger: { info() {} } });
const ms = performance.now() - started;
const bundle = join(dir, SEARCH_BUNDLE_FOLDER);
const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((file) =>
  statSync(join(bundle, file)).isFile(),
);
// The index alone: Pagefind's script, worker and WebAssembly weigh the same at every size.
const index = files.filter((file) => /^(fragment|index|filter)\/|\.pf_meta$/.test(file));
const bytes = (list: string[]) =>
  list.reduce((sum, file) => sum + statSync(join(bundle, file)).size, 0);
process.stdout.write(
  `\n${JSON.stringify({ ms, indexBytes: bytes(index), indexFiles: index.length, bundleBytes: bytes(files) })}\n`,
);
