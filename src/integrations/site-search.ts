import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { readSearchDocument, wordBreaks } from '#lib/search/search-document.ts';
import { SEARCH_BUNDLE_FOLDER } from '#lib/routing/routes.ts';

/**
 * What the search page loads of the bundle Pagefind writes: its script and worker, the WebAssembly
 * search engine and the index. Pagefind's ready-made interfaces (about 450 KB of script and style)
 * are left out: the site's own script (src/scripts/search.js) shows the results.
 */
const BUNDLE_FILE =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+|pagefind\.[^/]+\.pf_meta|(fragment|index|filter)\/[^/]+)$/;

const stop = (what: string, errors: readonly string[]) => {
  if (errors.length > 0) throw new Error(`Search index: ${what} failed:\n  ${errors.join('\n  ')}`);
};

async function indexSite(index: PagefindIndex, root: string) {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const seen = new Set<string>();
  let pages = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const isPage = html.includes('data-pagefind-body');
    const listsItems = html.includes('data-search-record');
    if (!isPage && !listsItems) continue;
    const path = relative(root, file).split(sep).join('/');
    // Most pages hold neither a formula nor a listed item: they go to Pagefind unparsed.
    const document =
      listsItems || html.includes('<math')
        ? readSearchDocument(html, path)
        : { language: '', html: wordBreaks(html), records: [] };
    if (isPage) {
      // Addresses from the site's root: Pagefind puts the base in front, read from where its script is served.
      const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
      const { errors } = await index.addHTMLFile({ url, content: document.html });
      stop(`reading ${path}`, errors);
      pages += 1;
    }
    // A talk is listed on /talks/ and on the About page, in each language: one record per language.
    for (const { url, content, kind, title, byline, year } of document.records) {
      const key = `${document.language} ${url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { errors } = await index.addCustomRecord({
        url,
        content,
        language: document.language.toLowerCase(),
        meta: { kind, title, ...(byline ? { byline } : {}) },
        filters: { kind: [kind], ...(year ? { year: [year] } : {}) },
      });
      stop(`reading ${url} on ${path}`, errors);
    }
  }
  return { pages, records: seen.size };
}

/**
 * Indexes the built site for search with Pagefind's Node API, after every page is written and
 * before the code gate checks the output: the pages marked for search (searchPageAttributes) and
 * the items they list (searchRecordAttributes), one index per `<html lang>`, Chinese split into
 * words by Pagefind. The bundle goes to `/pagefind/`.
 */
export function siteSearch(): AstroIntegration {
  return {
    name: 'site-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        stop('starting Pagefind', errors);
        if (!index) throw new Error('Search index: Pagefind gave no index');
        try {
          const { pages, records } = await indexSite(index, root);
          const bundle = await index.getFiles();
          stop('writing the index', bundle.errors);
          let bytes = 0;
          for (const file of bundle.files) {
            if (!BUNDLE_FILE.test(file.path)) continue;
            const target = join(root, SEARCH_BUNDLE_FOLDER, file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, file.content);
            bytes += file.content.byteLength;
          }
          logger.info(
            `search index: ${pages} pages and ${records} listed items, ${(bytes / 1024).toFixed(0)} KB in /${SEARCH_BUNDLE_FOLDER}/, in ${((performance.now() - started) / 1000).toFixed(2)} s`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
