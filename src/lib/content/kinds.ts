/**
 * The one registry of content kinds: each folder of src/content/ declared once, with what the
 * engine needs to know of it. src/content.config.ts, the site loader (site-content.ts), the
 * site-wide rules (content-rules.ts, site-plan.ts), `npm run check`, `npm run new` and the
 * migrator all read this table; adding a kind is one entry here, its schema in src/schemas/,
 * its template in scripts/lib/templates.ts (the compiler asks for it) and its components.
 * Pure: no file system, no `astro:content`, so that the scripts can read it without Astro.
 */
import type { z } from 'zod';
import { educationSchema } from '../../schemas/education.ts';
import { experienceSchema } from '../../schemas/experience.ts';
import { newsSchema } from '../../schemas/news.ts';
import { pageSchema } from '../../schemas/page.ts';
import { projectSchema } from '../../schemas/project.ts';
import { postSchema } from '../../schemas/post.ts';
import { publicationSchema } from '../../schemas/publication.ts';
import { talkSchema } from '../../schemas/talk.ts';
import { teachingSchema } from '../../schemas/teaching.ts';
import { sortPublications } from '../publications/publications.ts';
import {
  aboutEntryPath,
  educationPath,
  postPath,
  projectPath,
  publicationPath,
  talkPath,
} from '../routing/routes.ts';
import {
  sortEducation,
  sortExperience,
  sortNews,
  sortPosts,
  sortProjects,
  sortTalks,
  sortTeaching,
} from './sort-entries.ts';

/** What the engine knows of one kind of content; its name (the registry's key) is its folder under src/content/. */
export interface ContentKind<Schema extends z.ZodType = z.ZodType> {
  /** The front matter every file of the kind must match (src/schemas/). */
  schema: Schema;
  /** How `npm run check` counts the kind: `{ one: 'talk', other: 'talks' }`. */
  count: { one: string; other: string };
  /** The word `npm run new` takes (`npm run new -- talk`); absent for a kind the author writes by hand. */
  scaffold?: string;
  /** Where an entry is shown, which its `redirectFrom` addresses lead to; absent when entries have no address of their own. */
  address?: (id: string) => string;
  /** The order the site lists entries in; absent when order does not matter. */
  sort?: <T extends { id: string; data: z.output<Schema> }>(entries: readonly T[]) => T[];
}

/** A kind as declared, its schema's type and its `scaffold` word kept for the types below. */
const kind = <Schema extends z.ZodType, const Scaffold extends string = never>(
  declared: ContentKind<Schema> & { scaffold?: Scaffold },
) => declared as ContentKind<Schema> & { scaffold?: Scaffold };

/** Every kind, in the order `npm run check` counts them. */
export const CONTENT_KINDS = {
  publications: kind({
    schema: publicationSchema,
    count: { one: 'publication', other: 'publications' },
    scaffold: 'publication',
    address: publicationPath,
    sort: sortPublications,
  }),
  experience: kind({
    schema: experienceSchema,
    count: { one: 'experience entry', other: 'experience entries' },
    scaffold: 'experience',
    address: (id) => aboutEntryPath('experience', id),
    sort: sortExperience,
  }),
  teaching: kind({
    schema: teachingSchema,
    count: { one: 'teaching entry', other: 'teaching entries' },
    scaffold: 'teaching',
    address: (id) => aboutEntryPath('teaching', id),
    sort: sortTeaching,
  }),
  education: kind({
    schema: educationSchema,
    count: { one: 'education entry', other: 'education entries' },
    scaffold: 'education',
    address: educationPath,
    sort: sortEducation,
  }),
  news: kind({
    schema: newsSchema,
    count: { one: 'news item', other: 'news items' },
    scaffold: 'news',
    sort: sortNews,
  }),
  talks: kind({
    schema: talkSchema,
    count: { one: 'talk', other: 'talks' },
    scaffold: 'talk',
    address: talkPath,
    sort: sortTalks,
  }),
  // The About page, the owner's other pages and their translations: their address is their `permalink`, their language their folder (see site-plan.ts).
  // Posts: each at its own address, a post in another language in that language's folder (posts/zh/…).
  posts: kind({
    schema: postSchema,
    count: { one: 'post', other: 'posts' },
    scaffold: 'post',
    address: postPath,
    sort: sortPosts,
  }),
  pages: kind({ schema: pageSchema, count: { one: 'page', other: 'pages' }, scaffold: 'page' }),
  // Its `image` is a file beside the entry, which src/content.config.ts hands to astro:assets.
  projects: kind({
    schema: projectSchema,
    count: { one: 'project', other: 'projects' },
    scaffold: 'project',
    address: projectPath,
    sort: sortProjects,
  }),
};

/** A kind's name, which is also its collection's name and its folder under src/content/: `talks`. */
export type KindName = keyof typeof CONTENT_KINDS;

/** The front matter of a kind's entry, after its schema: `KindData<'talks'>` is a `Talk`. */
export type KindData<K extends KindName> = z.output<(typeof CONTENT_KINDS)[K]['schema']>;

/** Every kind's name, in the registry's order. */
export const KIND_NAMES = Object.keys(CONTENT_KINDS) as KindName[];

/** The folder of a kind, from the project root: `src/content/talks`. */
export const kindFolder = (name: KindName) => `src/content/${name}`;

/** The kinds `npm run new` makes files for, by the word it takes: `talk` → `talks`. */
export const SCAFFOLDS = Object.fromEntries(
  KIND_NAMES.flatMap((name) => {
    const { scaffold } = CONTENT_KINDS[name];
    return scaffold === undefined ? [] : [[scaffold, name]];
  }),
) as Record<ScaffoldName, KindName>;

/** A word `npm run new` takes: `publication`, `talk`, …. */
export type ScaffoldName = NonNullable<(typeof CONTENT_KINDS)[KindName]['scaffold']>;
