/**
 * The yardstick: a minimal academicpages-style Jekyll site of the same synthetic papers, as
 * the owner's old site was made. A `_publications` collection with a page per paper (title,
 * authors, venue, date, links, abstract, citation) and a list page, in the shape of the
 * academicpages theme's `single` layout and `archive-single` include, without its styling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticPaper } from './synthetic.ts';

const CONFIG = `title: Qipeng Wang
url: https://qipengwang.github.io
markdown: kramdown
collections:
  publications:
    output: true
    permalink: /:collection/:path/
defaults:
  - scope: { path: '', type: publications }
    values: { layout: single, author_profile: true }
exclude: [node_modules]
`;

const DEFAULT_LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% if page.title %}{{ page.title | escape }} - {% endif %}{{ site.title }}</title>
<meta name="description" content="{{ page.excerpt | default: site.title | strip_html | truncate: 160 | escape }}">
<link rel="canonical" href="{{ page.url | absolute_url }}">
</head>
<body>
<nav><a href="{{ '/' | relative_url }}">{{ site.title }}</a> <a href="{{ '/publications/' | relative_url }}">Publications</a></nav>
<main>{{ content }}</main>
<footer>&copy; {{ site.time | date: '%Y' }} {{ site.title }}</footer>
</body>
</html>
`;

const SINGLE_LAYOUT = `---
layout: default
---
<article>
<h1>{{ page.title }}</h1>
<p class="authors">{{ page.authors | join: ', ' }}</p>
<p>Published in <i>{{ page.venue }}</i>, {{ page.date | date: '%Y' }}</p>
<ul>{% if page.paperurl %}<li><a href="{{ page.paperurl }}">Paper</a></li>{% endif %}{% if page.codeurl %}<li><a href="{{ page.codeurl }}">Code</a></li>{% endif %}{% if page.videourl %}<li><a href="{{ page.videourl }}">Video</a></li>{% endif %}</ul>
<h2>Abstract</h2>
{{ content }}
<h2>Cite</h2>
<p>{{ page.citation }}</p>
</article>
`;

const ARCHIVE_SINGLE = `<div class="archive__item">
<h2><a href="{{ post.url | relative_url }}">{{ post.title }}</a></h2>
<p>{{ post.authors | join: ', ' }}</p>
<p>Published in <i>{{ post.venue }}</i>, {{ post.date | date: '%Y' }}</p>
<p>{{ post.excerpt | markdownify | strip_html | truncate: 200 }}</p>
<p>Recommended citation: {{ post.citation }}</p>
</div>
`;

const LIST_PAGE = `---
layout: default
title: Publications
permalink: /publications/
---
<h1>Publications</h1>
{% for post in site.publications reversed %}{% include archive-single.html %}{% endfor %}
`;

const quoted = (text: string) => JSON.stringify(text);

function paperFile(paper: SyntheticPaper): string {
  const venue = paper.venue.name ?? paper.venue.short;
  const link = paper.doi ? `https://doi.org/${paper.doi}` : `https://arxiv.org/abs/${paper.arxiv}`;
  return [
    '---',
    `title: ${quoted(paper.title)}`,
    'collection: publications',
    'authors:',
    ...paper.authors.map((name) => `  - ${quoted(name)}`),
    `date: ${paper.year}-${String(paper.month).padStart(2, '0')}-01`,
    `venue: ${quoted(venue)}`,
    `paperurl: ${quoted(link)}`,
    `codeurl: ${quoted(`https://github.com/example/${paper.id}`)}`,
    ...(paper.video ? [`videourl: ${quoted(`https://example.org/videos/${paper.id}`)}`] : []),
    `citation: ${quoted(`${paper.authors.join(', ')} (${paper.year}). "${paper.title}." ${venue}.`)}`,
    '---',
    '',
    paper.abstract,
    '',
  ].join('\n');
}

/** Writes the Jekyll site of `papers` into `dir`. */
export function writeJekyllSite(dir: string, papers: readonly SyntheticPaper[]): void {
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('_config.yml', CONFIG);
  write('_layouts/default.html', DEFAULT_LAYOUT);
  write('_layouts/single.html', SINGLE_LAYOUT);
  write('_includes/archive-single.html', ARCHIVE_SINGLE);
  write('publications.html', LIST_PAGE);
  write('index.md', '---\nlayout: default\ntitle: About\n---\n\nI am Qipeng Wang.\n');
  for (const paper of papers) write(`_publications/${paper.id}.md`, paperFile(paper));
}
