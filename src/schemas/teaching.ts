import { z } from 'zod';
import { redirectFrom, text } from './common.ts';

/** A term such as `Fall 2023`. */
export const termSchema = z.string({ error: 'expected a term such as "Fall 2023"' }).regex(/^(Spring|Summer|Fall|Autumn|Winter) (19|20)\d{2}$/, {
  error: 'expected a season and a four-digit year, e.g. "Fall 2023" (Spring, Summer, Fall, Autumn or Winter)',
});

export const teachingSchema = z.strictObject({
  /** Your role, e.g. `Teaching Assistant`. */
  role: text('the role'),
  /** The course title, e.g. `Introduction to C++ Programming Language`. */
  course: text('the course'),
  /** Where it was taught, e.g. `Peking University`. */
  institution: text('the institution'),
  /** Who attended and how many, e.g. `{ size: 120, description: "undergraduate students" }`. */
  audience: z
    .strictObject({
      size: z.int({ error: 'expected a whole number of students' }).positive().optional(),
      description: text('the audience description'),
    })
    .optional(),
  /** Terms taught, in order, e.g. `["Fall 2020", "Fall 2021"]`. */
  terms: z.array(termSchema).min(1, { error: 'list at least one term, e.g. "Fall 2023"' }),
  redirectFrom,
});

export type TeachingInput = z.input<typeof teachingSchema>;
export type Teaching = z.output<typeof teachingSchema>;
