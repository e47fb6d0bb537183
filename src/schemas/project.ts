import { z } from 'zod';
import { extraLinkSchema } from './publication.ts';
import { linkTarget, redirectFrom, text, yearOrMonth } from './common.ts';

/** Where a project stands, shown on its card when it has no dates (and beside them when it has). */
export const projectStatuses = ['active', 'completed', 'archived'] as const;

/** A project's links: code, a demo, data, and any others with your own label. */
export const projectLinksSchema = z.strictObject({
  /** The source code, e.g. `https://github.com/qipengwang/Melon`. */
  code: linkTarget.optional(),
  /** A demo to try, e.g. `https://melon.example.org/demo`. */
  demo: linkTarget.optional(),
  /** The data set, e.g. `https://huggingface.co/datasets/…` or `/files/melon-data.zip`. */
  data: linkTarget.optional(),
  /** The project's own website, e.g. `https://melon.example.org`. */
  website: linkTarget.optional(),
  /** Links with your own label, each `{ label, url }`, shown after the others, in your order. */
  extra: z.array(extraLinkSchema).optional(),
});

/**
 * A project: one file in src/content/projects/, e.g. `melon.mdx`, whose name is its address
 * (`/projects/melon/`). The body after the closing `---` line is the project's page.
 */
export const projectSchema = z.strictObject({
  /** The project's name, e.g. `Melon: memory-efficient on-device training`. */
  title: text('the title'),
  /** One or two sentences for its card on /projects/ and for link previews, as plain text. */
  summary: text('the summary'),
  /**
   * A picture for its card and page, written from the project's file and kept beside it, e.g.
   * `./melon.png`; the build makes AVIF and WebP copies of it (a missing file stops the build).
   */
  image: z
    .string({ error: 'expected the path of an image beside the file, e.g. ./melon.png' })
    .optional(),
  /** What the picture shows, for readers who cannot see it, e.g. `Memory use of Melon against the baselines`; leave it out when it only decorates. */
  imageAlt: text('the image description (imageAlt)').optional(),
  /** The first month or year, e.g. `"2021-03"` or `2021`. */
  start: yearOrMonth.optional(),
  /** The last month or year; leave it out while the project goes on. */
  end: yearOrMonth.optional(),
  /** One of `active`, `completed`, `archived`. */
  status: z
    .enum(projectStatuses, { error: `expected one of: ${projectStatuses.join(', ')}` })
    .optional(),
  /** Its links: `code`, `demo`, `data`, `website` and `extra` ({ label, url }). */
  links: projectLinksSchema.default({}),
  /** Words that group it, e.g. `["mobile systems", "machine learning"]`. */
  tags: z.array(text('a tag')).default([]),
  /** The papers of the project, by their file name in src/content/publications/, e.g. `["melon-mobisys22"]`; each paper's page links back. */
  publications: z.array(text('a publication id')).default([]),
  /** Old addresses that must keep working, e.g. `["/portfolio/melon/"]`. */
  redirectFrom,
});

export type ProjectInput = z.input<typeof projectSchema>;
export type Project = z.output<typeof projectSchema>;
export type ProjectStatus = (typeof projectStatuses)[number];
