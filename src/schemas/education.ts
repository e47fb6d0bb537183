import { z } from 'zod';
import { redirectFrom, text, webUrl, yearOrMonth } from './common.ts';

/** An advisor, optionally linked, e.g. `{ name: "Xuanzhe Liu", url: "https://liuxuanzhe.com/" }`. */
export const advisorSchema = z.strictObject({
  /** Their name as you write it, e.g. `Xuanzhe Liu`. */
  name: text('an advisor name'),
  /** Their homepage, if you want the name linked, e.g. `https://liuxuanzhe.com/`. */
  url: webUrl.optional(),
});

/** A degree, finished or under way: one file in src/content/education/, e.g. `pku-phd.mdx`. Shown most recent first. */
export const educationSchema = z
  .strictObject({
    /** The degree as you write it, e.g. `Ph.D.` or `B.S.`. */
    degree: text('the degree'),
    /** The subject, e.g. `Software Engineering`; leave it out if the department says it. */
    field: text('the field').optional(),
    /** The university, e.g. `Peking University`. */
    institution: text('the institution'),
    /** The school or department, e.g. `School of Computer Science`. */
    department: text('the department').optional(),
    /** When it began: a year (`2019`) or a month in quotes (`"2019-09"`); leave it out if you would rather not say. */
    start: yearOrMonth.optional(),
    /** When it ended: a year or a month in quotes; leave it out while the degree is under way (and set `inProgress`) or if you would rather not say. */
    end: yearOrMonth.optional(),
    /** `true` while you are still studying for it: shown as "present" (after the start, if there is one). */
    inProgress: z.boolean().default(false),
    /** Your advisors, in order, each `{ name, url? }`. */
    advisors: z.array(advisorSchema).default([]),
    /** The thesis or dissertation title, e.g. `Resource-Efficient On-Device Learning`. */
    thesis: text('the thesis title').optional(),
    /** Awards and distinctions from this degree, as written, e.g. `Outstanding Graduate`. */
    honors: z.array(text('an honor')).default([]),
    /** Old addresses that must keep working, e.g. `["/education/phd/"]`. */
    redirectFrom,
  })
  .refine((entry) => !(entry.inProgress && entry.end !== undefined), {
    error: 'a degree in progress has no end; remove end or inProgress',
    path: ['end'],
  })
  .refine(
    (entry) =>
      entry.start === undefined ||
      entry.end === undefined ||
      entry.end >= entry.start.slice(0, entry.end.length),
    {
      error: 'end must not be before start',
      path: ['end'],
    },
  );

export type EducationInput = z.input<typeof educationSchema>;
export type Education = z.output<typeof educationSchema>;
