import { defineCollection } from 'astro:content';
import { uniqueEntryIds } from '#lib/content/entry-ids.ts';
import { glob } from './loaders/glob.ts';
import { educationSchema } from './schemas/education.ts';
import { experienceSchema } from './schemas/experience.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';
import { publicationSchema } from './schemas/publication.ts';
import { talkSchema } from './schemas/talk.ts';
import { teachingSchema } from './schemas/teaching.ts';

const entries = (folder: string) =>
  glob({ pattern: '**/[^_]*.{md,mdx}', base: `./src/content/${folder}`, generateId: uniqueEntryIds(`src/content/${folder}`) });

export const collections = {
  publications: defineCollection({ loader: entries('publications'), schema: publicationSchema }),
  experience: defineCollection({ loader: entries('experience'), schema: experienceSchema }),
  teaching: defineCollection({ loader: entries('teaching'), schema: teachingSchema }),
  education: defineCollection({ loader: entries('education'), schema: educationSchema }),
  news: defineCollection({ loader: entries('news'), schema: newsSchema }),
  talks: defineCollection({ loader: entries('talks'), schema: talkSchema }),
  pages: defineCollection({ loader: entries('pages'), schema: pageSchema }),
};
