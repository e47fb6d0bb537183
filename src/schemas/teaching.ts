import { z } from 'zod';
import { redirectFrom, text } from './common.ts';

/** A term such as `Fall 2023`. */
export const termSchema = z
  .string({ error: 'expected a term such as "Fall 2023"' })
  .regex(/^(Spring|Summer|Fall|Autumn|Winter) (19|20)\d{2}$/, {
    error:
      'expected a season and a four-digit year, e.g. "Fall 2023" (Spring, Summer, Fall, Autumn or Winter)',
  });

/** A course you taught: one file in src/content/teaching/, e.g. `pku-cpp-ta.mdx`. */
export const teachingSchema = z.strictObject({
  /** Your role, e.g. `Teaching Assistant`. */
  role: text('the role'),
  /** The course title, e.g. `Introduction to C++ Programming Language`. */
  course: text('the course'),
  /** Where it was taught, e.g. `Peking University`. */
  institution: text('the institution'),
  /** Who attended and how many, e.g. `{ size: 120, description: "undergraduate students" }`, shown as "120 undergraduate students". */
  audience: z
    .strictObject({
      /** How many attended, a whole number, e.g. `120`. */
      size: z.int({ error: 'expected a whole number of students' }).positive().optional(),
      /** Who they were, e.g. `undergraduate students`. */
      description: text('the audience description'),
    })
    .optional(),
  /** Terms taught, in order, each a season (Spring, Summer, Fall, Autumn or Winter) and a year, e.g. `["Fall 2020", "Fall 2021"]`. */
  terms: z.array(termSchema).min(1, { error: 'list at least one term, e.g. "Fall 2023"' }),
  /** Old addresses that must keep working, e.g. `["/teaching/cpp/"]`. */
  redirectFrom,
});

export type TeachingInput = z.input<typeof teachingSchema>;
export type Teaching = z.output<typeof teachingSchema>;
