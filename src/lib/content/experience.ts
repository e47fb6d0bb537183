import type { Education } from '../../schemas/education.ts';
import type { Experience } from '../../schemas/experience.ts';
import type { News } from '../../schemas/news.ts';
import type { Talk } from '../../schemas/talk.ts';
import type { Teaching } from '../../schemas/teaching.ts';

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

/** Most recent first: degrees in progress, then by end (else start), then undated ones; ties by id. */
export function sortEducation<T extends { id: string; data: Education }>(entries: readonly T[]): T[] {
  const key = (entry: T) => (entry.data.inProgress ? '9999' : (entry.data.end ?? entry.data.start ?? ''));
  return [...entries].sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id));
}

/** Newest first; on the same day, by id. */
export function sortNews<T extends { id: string; data: News }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** Newest first; on the same day, by id. */
export function sortTalks<T extends { id: string; data: Talk }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** When a degree was, as the CV shows it: `2019 – 2023`, `Sep 2019 – present`, `present`, or undefined when nothing is known. */
export function formatEducationWhen(
  data: Pick<Education, 'start' | 'end' | 'inProgress'>,
  month: (value: string) => string = formatYearOrMonth,
  present = 'present',
): string | undefined {
  const start = data.start && month(data.start);
  const end = data.inProgress ? present : data.end && month(data.end);
  if (start && end) return `${start} – ${end}`;
  return start || end || undefined;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2019` → `2019`; `2019-09` → `Sep 2019`. */
export function formatYearOrMonth(value: string): string {
  const [year, month] = value.split('-');
  return month === undefined ? String(year) : `${SHORT_MONTHS[Number(month) - 1]} ${year}`;
}
