import { z } from 'zod';
import { redirectFrom, text, webUrl, yearMonth } from './common.ts';

/** A person who mentored you, optionally linked, e.g. `{ name: "Ting Cao", url: "https://…" }`. */
export const mentorSchema = z.strictObject({
  /** Their name, e.g. `Ting Cao`. */
  name: text('a mentor name'),
  /** Their homepage, if you want the name linked, e.g. `https://www.microsoft.com/en-us/research/people/ticao/`. */
  url: webUrl.optional(),
});

/** A position (internship, job, visit): one file in src/content/experience/, e.g. `msra-research-intern.mdx`. Shown most recent first. */
export const experienceSchema = z
  .strictObject({
    /** Your role, e.g. `Research Intern`. */
    role: text('the role'),
    /** The organisation, e.g. `Microsoft Research Asia`. */
    organization: text('the organization'),
    /** The team or group, e.g. `HEX Group`. */
    team: text('the team').optional(),
    /** First month, in quotes, e.g. `"2022-04"`. */
    start: yearMonth,
    /** Last month, in quotes, e.g. `"2023-07"`; leave it out while the position lasts (shown as "present"). */
    end: yearMonth.optional(),
    /** People who mentored you, each `{ name, url? }`. */
    mentors: z.array(mentorSchema).default([]),
    /** Awards and distinctions from this position, as written, e.g. `Star of Tomorrow (Award of Excellent Intern)`. */
    honors: z.array(text('an honor')).default([]),
    /** Old addresses that must keep working, e.g. `["/experience/msra/"]`. */
    redirectFrom,
  })
  .refine((entry) => entry.end === undefined || entry.end >= entry.start, {
    error: 'end must not be before start',
    path: ['end'],
  });

export type ExperienceInput = z.input<typeof experienceSchema>;
export type Experience = z.output<typeof experienceSchema>;
