import { z } from 'zod';
import { redirectFrom, sitePath, text } from './common.ts';

/** A stand-alone page written in MDX: one file in src/content/pages/, such as `about.mdx`, whose body is the page's text. */
export const pageSchema = z.strictObject({
  /** The page title, its heading, e.g. `About Me`. */
  title: text('the title'),
  /** The address the page is served at, e.g. `/` for the About page. */
  permalink: sitePath,
  /** One sentence for search engines and link previews. */
  description: text('the description').optional(),
  /** `true` shows your profile card beside the page. */
  profileCard: z.boolean().default(false),
  /** Old addresses that must keep working, e.g. `["/about/", "/about.html"]`. */
  redirectFrom,
});

export type PageInput = z.input<typeof pageSchema>;
export type Page = z.output<typeof pageSchema>;
