import { copyFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * The old Jekyll site published its sitemap at /sitemap.xml, and search consoles still ask
 * for it there; @astrojs/sitemap writes sitemap-index.xml. List this after sitemap().
 */
export function sitemapAlias(): AstroIntegration {
  return {
    name: 'sitemap-alias',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir));
        logger.info('sitemap.xml written (a copy of sitemap-index.xml, the old address)');
      },
    },
  };
}
