import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { frontmatterOf } from '#lib/content/frontmatter-dates.ts';
import { kindFolder } from '#lib/content/kinds.ts';
import { missingImageProblems } from '#lib/content/site-plan.ts';

/** Each project's and post's `image`, when it is written as text: the only thing this step reads of them. */
function entryPictureFields(
  root: string,
  kind: 'projects' | 'posts',
): { path: string; data: object }[] {
  const folder = kindFolder(kind);
  let files: string[];
  try {
    files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return files
    .filter((file) => /\.mdx?$/.test(file) && !file.split('/').some((part) => part.startsWith('_')))
    .flatMap((file) => {
      const path = `${folder}/${file}`;
      try {
        const data: unknown = parse(frontmatterOf(readFileSync(join(root, path), 'utf8')));
        return typeof data === 'object' && data !== null ? [{ path, data }] : [];
      } catch {
        return []; // Front matter YAML cannot read is the schema check's to report, in its words.
      }
    });
}

/**
 * Stops the build, before Vite bundles anything, when a project's picture or a post's cover is not beside its file,
 * naming the file and the field: astro:assets would stop it later with "Could not find requested
 * image", naming neither. `npm run check` gives the same lines (missingImageProblems).
 */
export function entryPictures(): AstroIntegration {
  let root = '';
  return {
    name: 'entry-pictures',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        const problems = missingImageProblems(root, [
          ...entryPictureFields(root, 'projects'),
          ...entryPictureFields(root, 'posts'),
        ]);
        if (problems.length > 0)
          throw new Error(
            `Content problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
          );
      },
    },
  };
}
