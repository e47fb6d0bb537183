import type { TalkKind } from '../schemas/talk.ts';

const LABELS: Record<TalkKind, string> = {
  talk: 'Talk',
  'invited talk': 'Invited talk',
  keynote: 'Keynote',
  tutorial: 'Tutorial',
  poster: 'Poster',
  panel: 'Panel',
};

/** `invited talk` → `Invited talk`: the kind as a list and the CV name it. */
export const talkKindLabel = (kind: TalkKind): string => LABELS[kind];
