// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentRefresh } from './src/integrations/content-refresh.ts';
import { entryPictures } from './src/integrations/entry-pictures.ts';
import { markdownMath } from './src/integrations/markdown-math.ts';
import { mdxPitfalls } from './src/integrations/mdx-pitfalls.ts';
import { inlineCodeGate } from './src/integrations/inline-code-gate.ts';
import { sitemapAlias } from './src/integrations/sitemap-alias.ts';
import { siteLanguages } from '#lib/i18n/languages.ts';
import { MARKDOWN_FEATURES } from '#lib/markdown/markdown-features.ts';
import { siteSchema } from './src/schemas/site.ts';
import { siteConfig } from './src/site.config.ts';

/*
 * The address comes from the owner file, and from here on only from Astro (Astro.site,
 * context.site, BASE_URL), so that every absolute address follows one setting. SITE_URL,
 * SITE_BASE and SITE_OUT_DIR override it for previews, forks and sub-path hosting:
 *   SITE_URL=https://example.org SITE_BASE=/site/ npm run build
 */
const site = override('SITE_URL', 'url') ?? siteConfig.url;
const base = override('SITE_BASE', 'base') ?? siteConfig.base;

/**
 * An override from the environment, checked by the owner file's rule for the same field, so
 * that `SITE_BASE=site` stops the build with the reason instead of writing broken links.
 * @param {string} name
 * @param {'url' | 'base'} field
 * @returns {string | undefined}
 */
function override(name, field) {
  const value = process.env[name];
  if (value === undefined) return undefined;
  const parsed = siteSchema.shape[field].safeParse(value);
  if (!parsed.success)
    throw new Error(
      `${name}=${value}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
    );
  return parsed.data;
}

/*
 * Each page's translations as <xhtml:link> alternates in the sitemap: @astrojs/sitemap pairs
 * /zh/cv/ with /cv/ by their first folder, and writes nothing for a page in one language only.
 */
const [defaultLanguage, ...otherLanguages] = siteLanguages(siteConfig);
const sitemapLanguages =
  defaultLanguage && otherLanguages.length > 0
    ? {
        defaultLocale: defaultLanguage.code,
        locales: Object.fromEntries(
          [defaultLanguage, ...otherLanguages].map((language) => [language.code, language.locale]),
        ),
      }
    : undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: {
    format: 'directory',
    // The whole stylesheet is a few kilobytes: inlining it saves a render-blocking request.
    inlineStylesheets: 'always',
    // Pages render while others wait on I/O: about 1.5 s less at 1,000 papers, output unchanged.
    concurrency: 4,
  },
  markdown: {
    /*
     * Code blocks stay plain <pre><code>: Shiki colours tokens with style attributes, which the
     * pages' Content-Security-Policy refuses (style-src has no 'unsafe-inline').
     */
    syntaxHighlight: false,
    // `$…$` and `$$…$$` in Markdown and MDX bodies become MathML at build time (MDX extends this config).
    processor: satteri({ features: MARKDOWN_FEATURES, hastPlugins: [markdownMath] }),
  },
  integrations: [
    entryPictures(),
    mdxPitfalls(),
    mdx(),
    sitemap(sitemapLanguages ? { i18n: sitemapLanguages } : {}),
    sitemapAlias(),
    inlineCodeGate(),
    contentRefresh(),
  ],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's MDX output carries a "use astro:head-inject" directive the bundler cannot keep; Astro handles it.
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
