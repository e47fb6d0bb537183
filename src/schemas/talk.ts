import { z } from 'zod';
import { isoDay, linkTarget, redirectFrom, text, textWithMath } from './common.ts';

/** What kind of talk it was; the list at /talks/ names it. */
export const talkKinds = [
  'talk',
  'invited talk',
  'keynote',
  'tutorial',
  'poster',
  'panel',
] as const;

/** A talk you gave: one file in src/content/talks/, e.g. `melon-mobisys22.mdx`. Listed at /talks/, newest first. */
export const talkSchema = z.strictObject({
  /** The talk's title, e.g. `Breaking the Memory Wall for On-Device Training`; formulas in TeX between dollars, e.g. `$O(n^2)$`. */
  title: textWithMath('the title'),
  /** Where it was given: the conference, seminar or group, e.g. `MobiSys 2022`. */
  event: text('the event'),
  /** The city and country, or `Online`, e.g. `Portland, OR, USA`. */
  location: text('the location'),
  /** The day, e.g. `2022-06-29`. */
  date: isoDay,
  /** One of `talk`, `invited talk`, `keynote`, `tutorial`, `poster`, `panel`. */
  kind: z.enum(talkKinds, { error: `expected one of: ${talkKinds.join(', ')}` }),
  /** The talk's links; a file of this site is written from the root, e.g. `/files/melon-slides.pdf`. */
  links: z
    .strictObject({
      /** The slides, e.g. `/files/melon-slides.pdf`. */
      slides: linkTarget.optional(),
      /** A recording, e.g. `https://www.youtube.com/watch?v=…`. */
      video: linkTarget.optional(),
    })
    .default({}),
  /** What the talk was about, as plain text, shown exactly as written (formulas in TeX between dollars, e.g. `$\epsilon$`). */
  abstract: textWithMath('the abstract').optional(),
  /** Old addresses that must keep working, e.g. `["/talks/2022-mobisys/"]`. */
  redirectFrom,
});

export type TalkInput = z.input<typeof talkSchema>;
export type Talk = z.output<typeof talkSchema>;
export type TalkKind = (typeof talkKinds)[number];
