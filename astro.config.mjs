// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codeBlocks } from './src/integrations/code-blocks.ts';
import { contentRefresh } from './src/integrations/content-refresh.ts';
import { entryPictures } from './src/integrations/entry-pictures.ts';
import { markdownMath } from './src/integrations/markdown-math.ts';
import { inlineCodeGate } from './src/integrations/inline-code-gate.ts';
import { siteSearch } from './src/integrations/site-search.ts';
import { sitemapAlias } from './src/integrations/sitemap-alias.ts';
import { siteLanguages } from '#lib/i18n/languages.ts';
import { pathIn } from '#lib/i18n/page-language.ts';
import { SEARCH_PATH } from '#lib/routing/routes.ts';
import { codeClasses } from '#lib/markdown/code-highlight.ts';
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

/** The search pages: no content of their own, so kept out of the sitemap (and marked noindex). */
const searchPages = new Set(
  siteLanguages(siteConfig).map(
    (language) => `${base.replace(/\/$/, '')}${pathIn(SEARCH_PATH, language)}`,
  ),
);

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
     * Fenced code with a language is coloured at build time by Shiki, Astro's own highlighter,
     * with its css-variables theme: codeClasses turns every token's style attribute into a class
     * (the pages' Content-Security-Policy has no 'unsafe-inline' for styles), and
     * src/styles/code.css colours those classes for both themes. `syntaxHighlight: false` leaves
     * code blocks plain.
     */
    syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
    shikiConfig: { theme: 'css-variables', wrap: null, transformers: [codeClasses] },
    // `$…$` and `$$…$$` in Markdown and MDX bodies become MathML at build time (MDX extends this config).
    processor: satteri({ features: MARKDOWN_FEATURES, hastPlugins: [markdownMath, codeBlocks] }),
  },
  integrations: [
    entryPictures(),
    mdx(),
    sitemap({
      ...(sitemapLanguages ? { i18n: sitemapLanguages } : {}),
      filter: (page) => !searchPages.has(new URL(page).pathname),
    }),
    sitemapAlias(),
    // Indexes the finished pages; before the gate, which checks the index's files with the rest and moves the site into place.
    siteSearch(),
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
