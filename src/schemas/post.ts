import { z } from 'zod';
import { isoDay, redirectFrom, text, textWithMath } from './common.ts';

/** A tag as a post lists it and as its page's address shows it: lower case, words joined by hyphens. */
export const postTag = z
  .string({ error: 'expected a tag as text, e.g. edge-ml' })
  .regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, {
    error: 'expected a tag in lower case, words joined by hyphens, e.g. edge-ml or 机器学习',
  });

/**
 * A cover needs its description. Shared with src/content.config.ts, whose posts schema makes the
 * cover astro:assets' picture: the rule must hold there too.
 */
export const postCoverRule: [
  check: (post: { image?: unknown; imageAlt?: unknown }) => boolean,
  params: { error: string; path: string[] },
] = [
  (post) => post.image === undefined || post.imageAlt !== undefined,
  {
    error: 'a cover picture needs imageAlt, what it shows for readers who cannot see it',
    path: ['imageAlt'],
  },
];

/**
 * A post: one file in src/content/posts/, e.g. `tiny-training.mdx`, whose MDX body is the post
 * (code, formulas and links allowed). Its file name is its address, `/posts/tiny-training/`; a
 * post in another language lies in that language's folder (`posts/zh/…` → `/zh/posts/…`).
 */
export const postSchema = z
  .strictObject({
    /** The title, e.g. `Training on a microcontroller`; formulas in TeX between dollars, as in a paper's title. */
    title: textWithMath('the title'),
    /** The day it was published, e.g. `2025-03-14`. */
    date: isoDay,
    /** The day it was last changed in substance, e.g. `2025-04-02`; shown beside the date and in the feed. */
    updated: isoDay.optional(),
    /** One or two sentences for the list of posts, search engines and link previews. */
    description: textWithMath('the description'),
    /** Tags, lower case with hyphens, e.g. `[edge-ml, tutorials]`; each has a page at /posts/tags/<tag>/. */
    tags: z.array(postTag).default([]),
    /** `true` keeps the post out of the deployed site; `npm run dev` still shows it. */
    draft: z.boolean().default(false),
    /**
     * A cover picture kept beside the post and written from its file, e.g. `./cover.jpg`, shown
     * above the text; the build makes AVIF and WebP copies of it (a missing file stops the build).
     */
    image: z
      .string({ error: 'expected the path of a picture beside the post, e.g. ./cover.jpg' })
      .optional(),
    /** What the cover shows, for readers who cannot see it, e.g. `A coin cell taped to a sensor board`; required with `image`. */
    imageAlt: text('the cover description (imageAlt)').optional(),
    /** Old addresses that must keep working, e.g. `["/posts/2024/08/old-title/"]`. */
    redirectFrom,
  })
  .refine(...postCoverRule);

export type PostInput = z.input<typeof postSchema>;
export type Post = z.output<typeof postSchema>;
/** A post's fields as the engine reads them: its cover is a path to the scripts and astro:assets' picture in the build, and only the page shows it. */
export type PostFields = Omit<Post, 'image'>;
