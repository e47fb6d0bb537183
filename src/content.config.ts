import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { uniqueEntryIds } from '#lib/content/entry-ids.ts';
import { CONTENT_KINDS, KIND_NAMES, kindFolder, type KindName } from '#lib/content/kinds.ts';
import { contentGlob } from './loaders/content-glob.ts';

/** A kind's collection (src/lib/content/kinds.ts): the `.md` and `.mdx` files of its folder, drafts (`_name.mdx`) left out, checked by its schema. */
const collection = (name: KindName) =>
  defineCollection({
    loader: contentGlob({ pattern: '**/[^_]*.{md,mdx}', base: `./${kindFolder(name)}`, generateId: uniqueEntryIds(kindFolder(name), name) }),
    schema: CONTENT_KINDS[name].schema,
  });

/** One collection per kind, each typed by its own schema. */
export const collections = Object.fromEntries(KIND_NAMES.map((name) => [name, collection(name)])) as {
  [K in KindName]: { loader: Loader; schema: (typeof CONTENT_KINDS)[K]['schema'] };
};
