import type { Experience } from '../schemas/experience.ts';
import type { Teaching } from '../schemas/teaching.ts';

/** Most recent first: ongoing positions, then by end month, then by start month. */
export function sortExperience<T extends { id: string; data: Experience }>(entries: readonly T[]): T[] {
  const key = (entry: T) => `${entry.data.end ?? '9999-99'} ${entry.data.start}`;
  return [...entries].sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id));
}

const SEASONS = ['Winter', 'Spring', 'Summer', 'Fall', 'Autumn'];

/** A sortable key for "Fall 2023": year, then season within the year. */
function termKey(term: string): number {
  const [season = '', year = '0'] = term.split(' ');
  return Number(year) * 10 + SEASONS.indexOf(season);
}

/** Most recently taught first. */
export function sortTeaching<T extends { id: string; data: Teaching }>(entries: readonly T[]): T[] {
  const latest = (entry: T) => Math.max(...entry.data.terms.map(termKey));
  return [...entries].sort((a, b) => latest(b) - latest(a) || a.id.localeCompare(b.id));
}

/** `{ size: 120, description: "undergraduate students" }` → `120 undergraduate students`. */
export function formatAudience(audience: Teaching['audience']): string | undefined {
  if (!audience) return undefined;
  return audience.size === undefined ? audience.description : `${audience.size} ${audience.description}`;
}
