import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { ContentEntryRenderFunction, ContentEntryType } from 'astro';
import { glob as astroGlob } from 'astro/loaders';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { isPlainMarkdown, mdxEquivalentHtml } from '#lib/markdown/plain-markdown.ts';
import { checkDeferred, deferredEntry, entryTypesOf } from './astro-internals.ts';

type GlobOptions = Parameters<typeof astroGlob>[0];
type StoredEntry = Parameters<DataStore['set']>[0];

/**
 * What the HTML kept in the content store between builds is made with besides the entries
 * themselves: this loader, the plain-body rules, the math plugin, and the installed packages.
 * Astro empties the store when the content config or Astro changes, not when these do, so an
 * engine update would otherwise leave pages rendered by the old code until a cold build.
 */
const RENDERING_CODE = [
  './content-glob.ts',
  './astro-internals.ts',
  '../lib/markdown/plain-markdown.ts',
  '../lib/markdown/markdown-features.ts',
  '../integrations/markdown-math.ts',
  '../integrations/code-blocks.ts',
  '../lib/markdown/code-highlight.ts',
  '../lib/markdown/math.ts',
  '../../package-lock.json',
];
let renderingDigest: string | undefined;
function renderingCodeDigest(): string {
  if (renderingDigest) return renderingDigest;
  const hash = createHash('sha256');
  for (const path of RENDERING_CODE) {
    const url = new URL(path, import.meta.url);
    // A file moved or renamed must be listed anew, or an edit to it would no longer empty the store.
    if (!existsSync(url))
      throw new Error(
        `src/loaders/content-glob.ts: RENDERING_CODE lists ${path}, which does not exist; list the file's new path.`,
      );
    hash.update(`${path}\0${readFileSync(url, 'utf8')}\0`);
  }
  return (renderingDigest = hash.digest('hex'));
}

/** What the render step hands back for a body that must stay MDX; the store wrapper turns it into a deferred entry. */
const LEAVE_TO_MDX = { html: '', metadata: { leaveToMdx: true } };

/**
 * Astro's glob loader, except that an `.mdx` file whose body is plain Markdown (see
 * isPlainMarkdown) is rendered by the Markdown renderer when content syncs, and kept in
 * the content store between builds, instead of becoming a module that Vite bundles: at
 * 1,000 papers that module graph was a third of the build. The HTML is what MDX would
 * render; a body with anything else (components, links, plugins' output) stays MDX.
 * Both paths run the one `markdown` config, which `mdx()` extends by default.
 */
export function contentGlob(options: GlobOptions): ReturnType<typeof astroGlob> {
  const loader = astroGlob(options);
  return {
    ...loader,
    async load(context) {
      const { store, config, watcher, meta } = context;
      const entryTypes = entryTypesOf(context);
      const digest = renderingCodeDigest();
      if (meta.get('rendering-code') !== digest) {
        store.clear();
        meta.set('rendering-code', digest);
      }
      // Only the dev server (the one with a watcher) syncs again; a build would only hold the copies.
      const types = new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          watcher ? rememberingEntryInfo(type) : type,
        ]),
      );
      const mdx = types.get('.mdx');
      const renderMarkdown = await entryTypes.get('.md')?.getRenderFunction?.(config);
      if (!mdx || !renderMarkdown)
        return loader.load({ ...context, entryTypes: types } as LoaderContext);
      const renderPlain: ContentEntryRenderFunction = async (entry) => {
        if (!isPlainMarkdown(entry.body ?? '')) return LEAVE_TO_MDX;
        try {
          const rendered = await renderMarkdown(entry);
          const html = mdxEquivalentHtml(rendered.html);
          return html === undefined ? LEAVE_TO_MDX : { ...rendered, html };
        } catch {
          // MDX compiles it in the build and reports its own error, naming the file.
          return LEAVE_TO_MDX;
        }
      };
      types.set('.mdx', { ...mdx, getRenderFunction: async () => renderPlain });
      const deferred = new Set<string>();
      const deferring: DataStore = {
        ...store,
        set(entry: StoredEntry) {
          if (entry.rendered !== LEAVE_TO_MDX) return store.set(entry);
          deferred.add(entry.id);
          return store.set(deferredEntry(entry));
        },
      };
      await loader.load({ ...context, entryTypes: types, store: deferring } as LoaderContext);
      checkDeferred(store, deferred);
    },
  };
}

/** What each file read last held, and its front matter and body as read then, by file. */
const entryInfos = new Map<
  string,
  { contents: string; info: Awaited<ReturnType<ContentEntryType['getEntryInfo']>> }
>();

/**
 * `type`, except that reading an unchanged file again returns a copy of what was read before
 * instead of parsing its front matter again: in `astro dev` each edit syncs every file
 * (content-refresh.ts), and parsing a thousand front matters was most of that sync.
 */
function rememberingEntryInfo(type: ContentEntryType): ContentEntryType {
  return {
    ...type,
    async getEntryInfo(params) {
      const key = params.fileUrl.href;
      const known = entryInfos.get(key);
      if (known?.contents === params.contents) return structuredClone(known.info);
      const info = await type.getEntryInfo(params);
      entryInfos.set(key, { contents: params.contents, info: structuredClone(info) });
      return info;
    },
  };
}
