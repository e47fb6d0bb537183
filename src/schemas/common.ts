import { z } from 'zod';
import { unshowableCharacter } from '#lib/text/control-chars.ts';
import { findBadMath } from '#lib/markdown/math.ts';
import { redirectPathProblem, sitePathProblem } from '#lib/routing/site-paths.ts';
import { unknownFieldsMessage } from '#lib/content/error-map.ts';

// Every schema imports this module: a misspelt field anywhere says which field was meant. Astro's
// own error map leaves unknown keys to zod's, which this replaces (the first issue map to answer wins).
z.config({
  customError: (issue) => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    const shape = (
      issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined
    )?._zod?.def?.shape;
    return unknownFieldsMessage(issue.keys, Object.keys(shape ?? {}));
  },
});

const WEB_URL = 'expected an absolute http(s) URL such as https://example.org/page';
const WEB_URL_CHARACTERS =
  'a web address may not contain spaces, backslashes or control characters; write a space as %20';
const LINK_TARGET =
  'expected an absolute http(s) URL or a site path starting with "/", e.g. /files/paper.pdf';

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** Why `url` is not an absolute http(s) address as written, or undefined. */
function webUrlProblem(url: string): string | undefined {
  if (!httpUrl.safeParse(url).success) return WEB_URL;
  // z.url forgives spaces at the ends, tabs and line breaks (it deletes them) and backslashes (read as "/"): not here.
  if (/[\s\\\p{Cc}\p{Cf}]/u.test(url)) return WEB_URL_CHARACTERS;
  return undefined;
}

/** A zod refinement that reports what `problemOf` finds, as the one issue of the field. */
const refuseWhen =
  (problemOf: (value: string) => string | undefined) =>
  (value: string, context: z.RefinementCtx) => {
    const problem = problemOf(value);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  };

/** An absolute web address, e.g. `https://github.com/qipengwang/Melon`. */
export const webUrl = z.string({ error: WEB_URL }).superRefine(refuseWhen(webUrlProblem));

/**
 * A path on this site, written from the site root, e.g. `/files/cv.pdf` or `/about/`.
 * The base path (when the site is served under a sub-path) is added at render time.
 */
export const sitePath = z
  .string({ error: 'expected a path on this site starting with "/", e.g. /files/cv.pdf' })
  .superRefine(refuseWhen(sitePathProblem));

/** Where a link may point: a page on the web or a file on this site. */
export const linkTarget = z.string({ error: LINK_TARGET }).superRefine(
  // Told apart by how they start, so that a broken site path gets the site path's own message.
  refuseWhen((href) => {
    if (/^\/(?!\/)/.test(href)) return sitePathProblem(href);
    const problem = webUrlProblem(href);
    return problem === WEB_URL ? LINK_TARGET : problem;
  }),
);

/** A month written `YYYY-MM`, e.g. `2022-04`. */
export const yearMonth = z
  .string({ error: 'expected a month written YYYY-MM, e.g. 2022-04 (in quotes)' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: 'expected a month written YYYY-MM with a month from 01 to 12, e.g. 2022-04',
  });

/** Text that must say something: not empty, not only spaces, and nothing a page or feed cannot show (a control character). */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .refine((value) => unshowableCharacter(value) === undefined, {
      error: (issue) =>
        `${what} contains ${unshowableCharacter(String(issue.input))} that cannot be shown; remove it`,
    });

/**
 * Text that may hold formulas in TeX between dollars (`$O(n^2)$`, `$$…$$`), shown as MathML: a
 * title or an abstract. A formula the converter cannot read is refused here, so `npm run check`
 * names it too; `\$` is a dollar sign, and `costs $3 and $4` holds no formula.
 */
export const textWithMath = (what: string) =>
  text(what).superRefine((value, context) => {
    const problem = findBadMath(value);
    if (problem) {
      context.addIssue({
        code: 'custom',
        message: `${what} has a formula that cannot be read, ${problem.formula}: ${problem.reason} (write TeX between the dollars, or \\$ for a dollar sign)`,
      });
    }
  });

/** Old addresses of an entry that must keep working, e.g. `["/about/", "/about.html"]`. */
export const redirectFrom = z
  .array(
    z
      .string({ error: 'expected a path on this site starting with "/", e.g. /about/' })
      .superRefine(refuseWhen(redirectPathProblem)),
  )
  .default([]);

/**
 * A year or a month, when only that much is known: `2019` or `"2019-09"` (a month in quotes).
 * Kept as the text `2019` / `2019-09`, which sorts in time order.
 */
export const yearOrMonth = z
  .union([z.int().min(1900).max(2100), z.string()], {
    error: 'expected a year (2019) or a month in quotes ("2019-09")',
  })
  .superRefine((value, context) => {
    if (typeof value === 'string' && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(value)) {
      context.addIssue({
        code: 'custom',
        message: `"${value}" is not a year (2019) or a month written YYYY-MM with a month from 01 to 12 ("2019-09")`,
      });
    }
  })
  .transform(String);

/**
 * A day: `2024-05-01` as YAML writes it (a date) or in quotes. Kept as the text `YYYY-MM-DD`,
 * which sorts in time order; a day no calendar has is refused.
 */
export const isoDay = z
  .union([z.date(), z.string()], { error: 'expected a day written YYYY-MM-DD, e.g. 2024-05-01' })
  .transform((value, context) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        context.addIssue({ code: 'custom', message: 'is not a real calendar date' });
        return z.NEVER;
      }
      return value.toISOString().slice(0, 10);
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const [year, month, day] = match
      ? [Number(match[1]), Number(match[2]), Number(match[3])]
      : [0, 0, 0];
    if (
      !match ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > new Date(Date.UTC(year, month, 0)).getUTCDate()
    ) {
      context.addIssue({
        code: 'custom',
        message: `"${value}" is not a day written YYYY-MM-DD with a real month and day, e.g. 2024-05-01`,
      });
      return z.NEVER;
    }
    return value;
  });
