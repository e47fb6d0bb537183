import { copyFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { SITEMAP_ALIAS_PATH, SITEMAP_INDEX_PATH } from '#lib/routing/routes.ts';

/**
 * The old Jekyll site published its sitemap at /sitemap.xml, and search consoles still ask
 * for it there; @astrojs/sitemap writes sitemap-index.xml. List this after sitemap().
 */
export function sitemapAlias(): AstroIntegration {
  return {
    name: 'sitemap-alias',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The paths are absolute; `dir` is the site's root, so each is read relative to it.
        await copyFile(
          new URL(`.${SITEMAP_INDEX_PATH}`, dir),
          new URL(`.${SITEMAP_ALIAS_PATH}`, dir),
        );
        logger.info(
          `${SITEMAP_ALIAS_PATH.slice(1)} written (a copy of ${SITEMAP_INDEX_PATH.slice(1)}, the old address)`,
        );
      },
    },
  };
}
