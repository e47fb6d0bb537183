/** The order the site lists each kind of entry in (src/lib/content/kinds.ts names them per kind). */
import type { Education } from '../../schemas/education.ts';
import type { Experience } from '../../schemas/experience.ts';
import type { News } from '../../schemas/news.ts';
import type { Project } from '../../schemas/project.ts';
import type { Talk } from '../../schemas/talk.ts';
import type { PostFields } from '../../schemas/post.ts';
import type { Teaching } from '../../schemas/teaching.ts';

/** Most recent first: ongoing positions, then by end month, then by start month. */
export function sortExperience<T extends { id: string; data: Experience }>(
  entries: readonly T[],
): T[] {
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

/** Most recent first: degrees in progress, then by end (else start), then undated ones; ties by id. */
export function sortEducation<T extends { id: string; data: Education }>(
  entries: readonly T[],
): T[] {
  const key = (entry: T) =>
    entry.data.inProgress ? '9999' : (entry.data.end ?? entry.data.start ?? '');
  return [...entries].sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id));
}

/** Newest first by their day (`YYYY-MM-DD`); on the same day, by id. */
function newestFirst<T extends { id: string; data: { date: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}

/** News, newest first; on the same day, by id. */
export const sortNews: <T extends { id: string; data: News }>(entries: readonly T[]) => T[] =
  newestFirst;

/** Talks, newest first; on the same day, by id. */
export const sortTalks: <T extends { id: string; data: Talk }>(entries: readonly T[]) => T[] =
  newestFirst;

/** Ongoing first (no `end`), then by end, then by start, latest first; undated ones last; ties by title. */
export function sortProjects<
  T extends { id: string; data: Pick<Project, 'start' | 'end' | 'title'> },
>(entries: readonly T[]): T[] {
  const key = (entry: T) =>
    entry.data.start === undefined && entry.data.end === undefined
      ? ''
      : `${entry.data.end ?? '9999'} ${entry.data.start ?? ''}`;
  return [...entries].sort(
    (a, b) =>
      key(b).localeCompare(key(a)) ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}

/** Newest first; on the same day, by id. */
export function sortPosts<T extends { id: string; data: PostFields }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}
