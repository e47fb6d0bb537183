import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { uniqueEntryIds } from './lib/entry-ids.ts';
import { experienceSchema } from './schemas/experience.ts';
import { pageSchema } from './schemas/page.ts';
import { publicationSchema } from './schemas/publication.ts';
import { teachingSchema } from './schemas/teaching.ts';

const entries = (folder: string) =>
  glob({ pattern: '**/[^_]*.{md,mdx}', base: `./src/content/${folder}`, generateId: uniqueEntryIds(`src/content/${folder}`) });

export const collections = {
  publications: defineCollection({ loader: entries('publications'), schema: publicationSchema }),
  experience: defineCollection({ loader: entries('experience'), schema: experienceSchema }),
  teaching: defineCollection({ loader: entries('teaching'), schema: teachingSchema }),
  pages: defineCollection({ loader: entries('pages'), schema: pageSchema }),
};
