import { z } from 'zod';
import { unshowableCharacter } from '../lib/control-chars.ts';

/** An absolute web address, e.g. `https://github.com/qipengwang/Melon`. */
export const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'expected an absolute http(s) URL such as https://example.org/page',
});

/**
 * A path on this site, written from the site root, e.g. `/files/cv.pdf` or `/about/`.
 * The base path (when the site is served under a sub-path) is added at render time.
 */
export const sitePath = z
  .string({ error: 'expected a path on this site starting with "/", e.g. /files/cv.pdf' })
  .regex(/^\/(?!\/)[^\s?#]*$/, {
    error: 'expected a path on this site starting with "/" (no spaces, query or fragment), e.g. /files/cv.pdf',
  })
  .refine((path) => !path.split('/').includes('..'), { error: 'a site path may not contain ".."' });

/** Where a link may point: a page on the web or a file on this site. */
export const linkTarget = z.union([webUrl, sitePath], {
  error: 'expected an absolute http(s) URL or a site path starting with "/", e.g. /files/paper.pdf',
});

/** A month written `YYYY-MM`, e.g. `2022-04`. */
export const yearMonth = z
  .string({ error: 'expected a month written YYYY-MM, e.g. 2022-04 (in quotes)' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month written YYYY-MM with a month from 01 to 12, e.g. 2022-04' });

/** Text that must say something: not empty, not only spaces, and nothing a page or feed cannot show (a control character). */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .refine((value) => unshowableCharacter(value) === undefined, {
      error: (issue) => `${what} contains ${unshowableCharacter(String(issue.input))} that cannot be shown; remove it`,
    });

/** Old addresses of an entry that must keep working, e.g. `["/about/", "/about.html"]`. */
export const redirectFrom = z.array(sitePath).default([]);
