import { z } from 'zod';
import { isoDay } from './common.ts';

/**
 * A news item: one file in src/content/news/, e.g. `2024-05-mobisys.mdx`, whose MDX body is the
 * item itself, a sentence or two (links allowed). The latest few are on the About page, all of
 * them at /news/ and in the feed /news.xml.
 */
export const newsSchema = z.strictObject({
  /** The day it happened, e.g. `2024-05-01`. */
  date: isoDay,
});

export type NewsInput = z.input<typeof newsSchema>;
export type News = z.output<typeof newsSchema>;
