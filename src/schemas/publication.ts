import { z } from 'zod';
import { ARXIV_ID_VERSIONED, DOI } from '#lib/publications/identifiers.ts';
import { linkTarget, redirectFrom, text, textWithMath, webUrl } from './common.ts';

/** One author: a plain name, or a name with marks. */
export const authorSchema = z.union(
  [
    text('an author name'),
    z.strictObject({
      /** The name as printed, e.g. `Mengwei Xu`; yours (as in src/site.config.ts) is shown in bold. */
      name: text('an author name'),
      /** Their homepage, if you want the name linked, e.g. `https://xumengwei.github.io/`. */
      url: webUrl.optional(),
      /** `true` when this author shares first authorship ("equal contribution"), marked `*`. */
      equal: z.boolean().optional(),
      /** `true` for a corresponding author, marked `†`. */
      corresponding: z.boolean().optional(),
      /** `true` marks you when the paper spells your name differently from the profile, e.g. `{ name: "Q. Wang", owner: true }`. */
      owner: z.boolean().optional(),
      /**
       * `true` when the name is one whole that is never split into given and family names, such as
       * an organisation: `{ name: "Alice and Bob Consortium", literal: true }`. BibTeX gets it in braces.
       */
      literal: z.boolean().optional(),
    }),
  ],
  {
    error:
      'expected an author name, or { name: "…", equal?: true, corresponding?: true, owner?: true, literal?: true }',
  },
);

export const publicationTypes = [
  'conference',
  'journal',
  'workshop',
  'preprint',
  'thesis',
  'chapter',
  'report',
  'other',
] as const;

/** The venue: a short label as the community writes it, optionally the full name and a link. */
export const venueSchema = z.strictObject({
  /** The label shown in brackets, e.g. `MobiSys'22`, `arXiv`, `EMDL@MobiSys'21`. */
  short: text('the venue label (venue.short)'),
  /** The full name, e.g. `The 20th Annual International Conference on Mobile Systems, Applications and Services`. */
  name: text('the full venue name (venue.name)').optional(),
  /** Where the label links to, usually the paper's page at the publisher; without it, the DOI (if any). */
  url: webUrl.optional(),
});

/** A named extra link, e.g. `{ label: "Paper List", url: "https://github.com/…" }`. */
export const extraLinkSchema = z.strictObject({
  /** The link's text, e.g. `Artifact`. */
  label: text('a link label'),
  /** A web address or a file of this site, e.g. `https://example.org/artifact`. */
  url: linkTarget,
});

/** The paper's links; local files are written from the site root, e.g. `/files/melon.pdf`. */
export const publicationLinksSchema = z.strictObject({
  /** The paper, e.g. `/files/mobisys22-paper.pdf` (the file put in public/files/) or a web address. */
  pdf: linkTarget.optional(),
  /** The slides, e.g. `/files/mobisys22-slides.pdf`. */
  slides: linkTarget.optional(),
  /** A recording of the talk, e.g. `https://www.youtube.com/watch?v=VIDEO-ID`. */
  video: linkTarget.optional(),
  /** The poster, e.g. `/files/mobisys22-poster.pdf`. */
  poster: linkTarget.optional(),
  /** The code, e.g. `https://github.com/qipengwang/Melon`. */
  code: linkTarget.optional(),
  /** A project page, e.g. `https://example.org/melon`. */
  project: linkTarget.optional(),
  /** Links with your own label, each `{ label, url }`, shown after the others, in your order. */
  extra: z.array(extraLinkSchema).optional(),
});

/**
 * When the paper appeared: a year (`2022`), a month (`"2022-06"`) or a day (`2022-06-27`).
 * Normalised to its parts so that pages never parse dates again.
 */
export const publicationDate = z
  .union([z.int().min(1900).max(2100), z.string(), z.date()], {
    error: 'expected a year (2022), a month ("2022-06") or a day (2022-06-27)',
  })
  .transform((value, ctx) => {
    if (typeof value === 'number') return { year: value };
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
        return z.NEVER;
      }
      return {
        year: value.getUTCFullYear(),
        month: value.getUTCMonth() + 1,
        day: value.getUTCDate(),
      };
    }
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a year (2022), a month ("2022-06") or a day (2022-06-27)`,
      });
      return z.NEVER;
    }
    const year = Number(match[1]);
    const month = match[2] === undefined ? undefined : Number(match[2]);
    const day = match[3] === undefined ? undefined : Number(match[3]);
    const daysInMonth = month === undefined ? 31 : new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (
      (month !== undefined && (month < 1 || month > 12)) ||
      (day !== undefined && (day < 1 || day > daysInMonth))
    ) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date` });
      return z.NEVER;
    }
    return {
      year,
      ...(month === undefined ? {} : { month }),
      ...(day === undefined ? {} : { day }),
    };
  });

/**
 * A page or article number (`123`, `e42`), or a range of two joined by `-`, `--` or `–`: the first
 * page is group 1, the last group 2, which may carry a supplement's suffix (Cell Press: `701–718.e12`).
 */
const PAGE_RANGE = /^([A-Za-z]?\d+)(?:[-–]{1,2}([A-Za-z]?\d+(?:\.[A-Za-z]?\d+)?))?$/;

/**
 * A publication: one file in src/content/publications/, e.g. `melon-mobisys22.mdx`; the file
 * name is the paper's id and address (`/publications/melon-mobisys22/`).
 */
export const publicationSchema = z.strictObject({
  /**
   * The paper's title, without a trailing full stop; in quotes if it contains `: `, e.g.
   * `"Melon: Breaking the Memory Wall…"`. Formulas in TeX between dollars, e.g. `'$\epsilon$-DP in $O(n^2)$'`.
   */
  title: textWithMath('the title'),
  /** Authors in the paper's order, each a name (`Qipeng Wang`) or `{ name, url?, equal?, corresponding?, owner?, literal? }`; you must be among them. */
  authors: z
    .array(authorSchema, { error: 'expected a list of authors' })
    .min(1, { error: 'list at least one author' }),
  /** Where it appeared: `{ short, name?, url? }`, e.g. `{ short: "MobiSys'22" }`. */
  venue: venueSchema,
  /** When it appeared: a year (`2022`), a month in quotes (`"2022-06"`) or a day (`2022-06-27`). */
  date: publicationDate,
  /** One of `conference`, `journal`, `workshop`, `preprint`, `thesis`, `chapter`, `report`, `other`. */
  type: z.enum(publicationTypes, { error: `expected one of: ${publicationTypes.join(', ')}` }),
  /** The DOI without `https://doi.org/`, e.g. `10.1145/3498361.3538928`. */
  doi: z
    .string()
    .regex(DOI, {
      error:
        'expected a DOI such as 10.1145/3498361.3538928 (no https://doi.org/; no spaces, braces, backslashes or control characters)',
    })
    .optional(),
  /** The arXiv identifier, in quotes, e.g. `"2402.05981"`. */
  arxiv: z
    .string()
    .regex(ARXIV_ID_VERSIONED, { error: 'expected an arXiv identifier such as 2402.05981' })
    .optional(),
  /** The paper's links (below); a file of this site is written from the root, e.g. `/files/melon.pdf`. */
  links: publicationLinksSchema.default({}),
  /**
   * Page range, e.g. `"123--135"`, `"701–718.e12"` (Cell Press) or a single article number `"e42"`. Parsed to its first and
   * last page (`text` is the value as written) so that no export splits it again.
   */
  pages: z
    .union(
      [
        z.int().positive(),
        z
          .string()
          .regex(PAGE_RANGE, { error: 'expected a page or a page range such as "123--135"' }),
      ],
      {
        error: 'expected a page or a page range such as "123--135"',
      },
    )
    .transform((value) => {
      const text = String(value);
      const [, first = text, last] = PAGE_RANGE.exec(text) ?? [];
      return { text, first, ...(last === undefined ? {} : { last }) };
    })
    .optional(),
  /** Journal volume, e.g. `23`. */
  volume: z
    .union([z.int().positive(), text('the volume')])
    .transform(String)
    .optional(),
  /** Journal issue (number), e.g. `4`. */
  issue: z
    .union([z.int().positive(), text('the issue')])
    .transform(String)
    .optional(),
  /** The publisher, e.g. `ACM` or `IEEE`. */
  publisher: text('the publisher').optional(),
  /** A citation key of your own for the BibTeX export; by default it is made from author, year and title (`wang2022melon`). */
  citationKey: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9:_-]*$/, {
      error: 'expected a BibTeX key of letters, digits, ":", "_" or "-", e.g. wang2022melon',
    })
    .optional(),
  /** Position in your list: 1 comes first, each number once, e.g. `1`. The About page and the year groups follow it. */
  order: z
    .int({ error: 'expected a whole number (1 comes first)' })
    .positive({ error: 'expected a whole number from 1 up' }),
  /** `true` to feature the paper among your selected publications. */
  selected: z.boolean().default(false),
  /**
   * The abstract as plain text, paragraphs separated by a blank line, e.g. `abstract: |` followed by
   * indented lines. Shown exactly as written, never read as Markdown, MDX or HTML, so text from a
   * BibTeX file (the importer writes it here) can hold `<`, `{` or `import` safely; only formulas
   * in TeX between dollars (`$O(n^2)$`) are typeset. Write a formatted abstract in the file's body
   * instead; a paper has one or the other.
   */
  abstract: textWithMath('the abstract').optional(),
  /** Old addresses of this paper's page that must keep working, e.g. `["/publication/2022-melon"]`. */
  redirectFrom,
});

export type AuthorInput = z.input<typeof authorSchema>;
export type PublicationInput = z.input<typeof publicationSchema>;
export type Publication = z.output<typeof publicationSchema>;
export type PublicationDate = Publication['date'];
export type PublicationLinks = Publication['links'];
export type PageRange = NonNullable<Publication['pages']>;
export type PublicationType = (typeof publicationTypes)[number];
