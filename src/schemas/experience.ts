import { z } from 'zod';
import { redirectFrom, text, webUrl, yearMonth } from './common.ts';

/** A person who mentored you, optionally linked, e.g. `{ name: "Ting Cao", url: "https://…" }`. */
export const mentorSchema = z.strictObject({
  name: text('a mentor name'),
  url: webUrl.optional(),
});

export const experienceSchema = z
  .strictObject({
    /** Your role, e.g. `Research Intern`. */
    role: text('the role'),
    /** The organisation, e.g. `Microsoft Research Asia`. */
    organization: text('the organization'),
    /** The team or group, e.g. `HEX Group`. */
    team: text('the team').optional(),
    /** First month, `"YYYY-MM"`. */
    start: yearMonth,
    /** Last month, `"YYYY-MM"`; leave it out while the position lasts. */
    end: yearMonth.optional(),
    mentors: z.array(mentorSchema).default([]),
    /** Awards and distinctions from this position, as written, e.g. `Star of Tomorrow (Award of Excellent Intern)`. */
    honors: z.array(text('an honor')).default([]),
    redirectFrom,
  })
  .refine((entry) => entry.end === undefined || entry.end >= entry.start, {
    error: 'end must not be before start',
    path: ['end'],
  });

export type ExperienceInput = z.input<typeof experienceSchema>;
export type Experience = z.output<typeof experienceSchema>;
