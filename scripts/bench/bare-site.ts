/**
 * The floor the benchmark compares against: a bare Astro site with the same papers, made the way
 * Astro's documentation makes one (the built-in glob() loader, @astrojs/mdx, @astrojs/sitemap), with
 * one page per paper (title, authors, venue, Google Scholar tags, the abstract and the body) and an
 * index. Whatever this project builds beyond that (views, exports, the CV, the checks) is what the
 * ratio measures.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

const FILES: Record<string, string> = {
  'package.json': '{ "type": "module", "private": true }\n',
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://example.org', integrations: [mdx(), sitemap()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const author = z.union([z.string(), z.looseObject({ name: z.string() })]);

export const collections = {
  publications: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './src/content/publications' }),
    schema: z.looseObject({
      title: z.string(),
      authors: z.array(author),
      venue: z.looseObject({ short: z.string(), name: z.string().optional() }),
      date: z.string(),
      doi: z.string().optional(),
      abstract: z.string().optional(),
      order: z.number().optional(),
    }),
  }),
};
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const papers = (await getCollection('publications')).sort((a, b) => b.data.date.localeCompare(a.data.date));
const names = (authors: (string | { name: string })[]) => authors.map((a) => (typeof a === 'string' ? a : a.name)).join(', ');
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Publications</title></head>
  <body>
    <h1>Publications</h1>
    <ol>
      {papers.map((paper) => (
        <li><a href={\`/publications/\${paper.id}/\`}>{paper.data.title}</a>. {names(paper.data.authors)}. {paper.data.venue.short}</li>
      ))}
    </ol>
  </body>
</html>
`,
  'src/pages/publications/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('publications')).map((paper) => ({ params: { id: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
const names = paper.data.authors.map((a) => (typeof a === 'string' ? a : a.name));
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{paper.data.title}</title>
    <meta name="citation_title" content={paper.data.title} />
    {names.map((name) => <meta name="citation_author" content={name} />)}
    <meta name="citation_publication_date" content={paper.data.date} />
    {paper.data.doi && <meta name="citation_doi" content={paper.data.doi} />}
  </head>
  <body>
    <h1>{paper.data.title}</h1>
    <p>{names.join(', ')}</p>
    <p>{paper.data.venue.name ?? paper.data.venue.short}</p>
    {paper.data.abstract && <p>{paper.data.abstract}</p>}
    <Content />
  </body>
</html>
`,
};

/** Writes the bare site into a new folder with `publications` (a folder of entries) as its papers; returns the folder. */
export function writeBareSite(publications: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bare-astro-bench-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(publications, join(dir, 'src/content/publications'), { recursive: true });
  // The project's own packages (astro, @astrojs/mdx, @astrojs/sitemap): the same versions on both sides.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}
