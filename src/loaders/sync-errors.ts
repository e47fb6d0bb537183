/**
 * `astro dev` only: the content errors of the last sync of each collection (an unknown field, a
 * bad value, two files with one id), kept where the pages can find them. The loader runs in
 * Astro's own module graph and the pages in Vite's, so the list lives on `globalThis`, under a
 * key of this project's. A page asks for it first (getSiteContent), so that the browser shows
 * the mistake instead of the last good page, and the dev server keeps running.
 */
const KEY = Symbol.for('academic-homepage:content-sync-errors');

type Registry = Map<string, string>;

function registry(): Registry {
  const shared = globalThis as { [KEY]?: Registry };
  return (shared[KEY] ??= new Map());
}

/** Remembers why the last sync of `collection` failed. */
export function recordSyncError(collection: string, message: string): void {
  registry().set(collection, message);
}

/** Forgets `collection`'s error: its last sync succeeded. */
export function clearSyncError(collection: string): void {
  registry().delete(collection);
}

/** Why the last sync of each collection that failed did, by collection name. */
export function syncErrors(): string[] {
  return [...registry().values()];
}
