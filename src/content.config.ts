import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { uniqueEntryIds } from '#lib/content/entry-ids.ts';
import { CONTENT_KINDS, KIND_NAMES, kindFolder, type KindName } from '#lib/content/kinds.ts';
import { z } from 'zod';
import { postCoverRule, postSchema } from '#schemas/post.ts';
import { projectSchema } from '#schemas/project.ts';
import { contentGlob } from './loaders/content-glob.ts';

/** A kind's loader: the `.md` and `.mdx` files of its folder, drafts (`_name.mdx`) left out. */
const loader = (name: KindName) =>
  contentGlob({
    pattern: '**/[^_]*.{md,mdx}',
    base: `./${kindFolder(name)}`,
    generateId: uniqueEntryIds(kindFolder(name), name),
  });

/** A kind's collection (src/lib/content/kinds.ts), checked by its schema. */
const collection = (name: KindName) =>
  defineCollection({ loader: loader(name), schema: CONTENT_KINDS[name].schema });

type PlainKind = Exclude<KindName, 'projects' | 'posts'>;

/** One collection per kind, each typed by its own schema. */
export const collections = {
  ...(Object.fromEntries(KIND_NAMES.map((name) => [name, collection(name)])) as {
    [K in PlainKind]: { loader: Loader; schema: (typeof CONTENT_KINDS)[K]['schema'] };
  }),
  // A project's picture is a file beside it, which astro:assets measures and turns into AVIF and WebP: the registry's schema (which the scripts read without Astro) keeps it a path.
  projects: defineCollection({
    loader: loader('projects'),
    schema: ({ image }) => projectSchema.extend({ image: image().optional() }),
  }),
  // A post's cover likewise, with the post's rule that a cover has a description.
  posts: defineCollection({
    loader: loader('posts'),
    schema: ({ image }) =>
      z.strictObject({ ...postSchema.shape, image: image().optional() }).refine(...postCoverRule),
  }),
};
