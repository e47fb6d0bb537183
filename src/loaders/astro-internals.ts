/**
 * The only place the content loader reaches past Astro's documented loader API. Two things it
 * needs have no public form: the entry type of each file extension (`entryTypes`, which Astro
 * hands its own glob loader in the context), and a deferred entry (`deferredRender`, which
 * Astro's glob loader sets when `deferRender` is on for the whole collection; the loader needs
 * it for one entry at a time). Each is checked for the shape this code was written against,
 * and a mismatch stops the build with a message naming the Astro version, instead of a site
 * that quietly renders every body through MDX or none at all.
 */
import { createRequire } from 'node:module';
import type { ContentEntryType } from 'astro';
import type { DataStore, LoaderContext } from 'astro/loaders';

/** The Astro release these shapes were last checked against. */
export const CHECKED_AGAINST = '7.3.5';

type StoredEntry = Parameters<DataStore['set']>[0];

/** The version of the Astro package installed next to the project. */
export function installedAstroVersion(): string {
  try {
    return (createRequire(import.meta.url)('astro/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function changed(what: string, version: string): Error {
  return new Error(
    `src/loaders/astro-internals.ts: Astro ${version} ${what}. The content loader was written against Astro ${CHECKED_AGAINST}; ` +
      'update src/loaders/astro-internals.ts (and src/loaders/content-glob.ts) for this Astro, or install Astro ' +
      `${CHECKED_AGAINST}.`,
  );
}

/** Astro's entry type for each file extension (`.md`, `.mdx`), as its loader context carries it; throws when the context no longer does. */
export function entryTypesOf(
  context: LoaderContext,
  version: string = installedAstroVersion(),
): Map<string, ContentEntryType> {
  const entryTypes = (context as { entryTypes?: unknown }).entryTypes;
  if (!(entryTypes instanceof Map)) {
    throw changed(
      'no longer passes `entryTypes` (a Map from file extension to entry type) in the loader context',
      version,
    );
  }
  // `.md` renders plain bodies at sync; `.mdx` (from @astrojs/mdx) only reads front matter here, and renders as a module.
  const needs: [string, (keyof ContentEntryType)[]][] = [
    ['.md', ['getEntryInfo', 'getRenderFunction']],
    ['.mdx', ['getEntryInfo']],
  ];
  for (const [extension, functions] of needs) {
    const type: unknown = entryTypes.get(extension);
    const fits =
      typeof type === 'object' &&
      type !== null &&
      functions.every((name) => typeof (type as Record<string, unknown>)[name] === 'function');
    if (!fits)
      throw changed(
        `passes no \`${extension}\` entry type with ${functions.join(' and ')} in \`entryTypes\``,
        version,
      );
  }
  return entryTypes as Map<string, ContentEntryType>;
}

/** The entry as one whose body is rendered when a page renders it (MDX), not when content syncs. */
export function deferredEntry(entry: StoredEntry): StoredEntry {
  const { rendered: _rendered, assetImports: _assetImports, ...rest } = entry;
  return { ...rest, deferredRender: true };
}

/** Throws when the store did not keep an entry's `deferredRender` flag: its body would then render as nothing. */
export function checkDeferred(
  store: { get(id: string): unknown },
  ids: Iterable<string>,
  version: string = installedAstroVersion(),
): void {
  for (const id of ids) {
    const stored = store.get(id) as (StoredEntry & { deferredRender?: unknown }) | undefined;
    if (stored !== undefined && stored.deferredRender !== true) {
      throw changed(
        `did not keep \`deferredRender: true\` on the content store entry "${id}"`,
        version,
      );
    }
  }
}
