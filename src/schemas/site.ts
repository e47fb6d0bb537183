import { z } from 'zod';
import { text, webUrl } from './common.ts';

/** The site and its author, written in src/site.config.ts: the facts the profile card and `<head>` are made of. */
export const siteSchema = z.strictObject({
  /** The site title, used in every `<title>`. */
  title: text('the site title'),
  /** The production address without the base path, e.g. `https://qipengwang.github.io`. */
  url: webUrl,
  /** The page language, e.g. `en-US`. */
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'expected a language tag such as en-US' }),
  /** One sentence for search engines, used where a page has none of its own. */
  description: text('the site description'),
  /** You, as the profile card shows you. */
  author: z.strictObject({
    /** Your name as your papers print it, e.g. `Qipeng Wang`; it is found in author lists and shown in bold. */
    name: text('the author name'),
    /** The name in Chinese characters, e.g. `王启鹏`; shown with lang="zh". */
    nameZh: text('the Chinese name').optional(),
    /** A short line under the name, e.g. `CS Ph.D. Candidate @ PKU`. */
    bio: text('the bio'),
    /** Where you work or study, e.g. `Peking University`. */
    affiliation: text('the affiliation'),
    /** Where you are, e.g. `Beijing, China`. */
    location: text('the location').optional(),
    /** Your email address, e.g. `you@example.org`; shown only as `you [AT] example [DOT] org`, never as a plain address or a `mailto:` link. */
    email: z.email({ error: 'expected an email address' }).optional(),
    /** Your GitHub user name, e.g. `qipengwang`. */
    github: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'expected a GitHub user name such as qipengwang' })
      .optional(),
    /**
     * A picture's file name in src/assets/, e.g. `profile.jpg`; it is resized and served as
     * AVIF and WebP. Without one the card shows your initials.
     */
    avatar: z
      .string()
      .regex(/^[\w.-]+\.(png|jpe?g|webp|avif)$/i, { error: 'expected the file name of a picture in src/assets/, such as profile.jpg' })
      .optional(),
  }),
  /** What the Content-Security-Policy allows beyond the site's own code. */
  security: z
    .strictObject({
      /**
       * Inline code of your own, written in a page's MDX body, that the Content-Security-Policy
       * may allow: the `sha256-…` hashes the build prints when it refuses a script or style it
       * does not know, e.g. `['sha256-AbC…=']`. Off by default: an unknown inline script stops
       * the build, since text from outside (an imported .bib) must never run.
       */
      allowInlineCode: z
        .array(z.string().regex(/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/, { error: 'expected a hash as the build prints it, e.g. sha256-AbC…=' }))
        .default([]),
    })
    .default({ allowInlineCode: [] }),
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
