import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `astro dev` only: an edit to a content file shows on the next request instead of half a
 * second later. Astro's glob loader re-reads a changed file at once, but the content store
 * then waits 500 ms for more changes before it writes and the pages see it
 * (SAVE_DEBOUNCE_MS in Astro's mutable-data-store.js). A content sync ends by writing the
 * store at once, so this asks for one on every change to a content file; the sync reads each
 * file again but parses and renders only what changed (src/loaders/content-glob.ts).
 */
export function contentRefresh(): AstroIntegration {
  return {
    name: 'content-refresh',
    hooks: {
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!refreshContent) return;
        const content = fileURLToPath(new URL('../content/', import.meta.url));
        const isContentFile = (path: string) => {
          const inside = relative(content, path);
          return !inside.startsWith('..') && !inside.startsWith(sep) && /\.mdx?$/.test(inside);
        };
        // One sync at a time, and one more after it when a file changed meanwhile: a change saved
        // during a sync would otherwise be left out until the next save.
        let syncing: Promise<void> | undefined;
        let changedMeanwhile = false;
        const refresh = () => {
          if (syncing) {
            changedMeanwhile = true;
            return;
          }
          syncing = refreshContent({})
            // The loader keeps a content error for the page to show (src/loaders/sync-errors.ts); anything else is logged, never left unhandled.
            .catch((error: unknown) =>
              logger.error(error instanceof Error ? error.message : String(error)),
            )
            .finally(() => {
              syncing = undefined;
              if (changedMeanwhile) {
                changedMeanwhile = false;
                refresh();
              }
            });
        };
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (path: string) => {
            if (isContentFile(path)) refresh();
          });
        }
      },
    },
  };
}
