import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  mdxSyntaxProblem,
  plainExpressionProblem,
  plainExpressions,
} from '#lib/markdown/mdx-pitfalls.ts';

/**
 * The build and `npm run dev` say what `npm run check` says of an MDX body an author wrote as
 * Markdown, with the fix: `<br>` (write `<br />`), `p <0.05` (write `\<`), and `{120}` in text
 * (run as code: the braces vanish). Without this the compiler says "Expected a closing tag"
 * or speaks of links, and the braces go in silence. Only files that reach the MDX compiler are
 * read: a plain Markdown body is rendered when content syncs and cannot hold these.
 */
export function mdxPitfalls(): AstroIntegration {
  return {
    name: 'mdx-pitfalls',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mdx-pitfalls',
                // Before @astrojs/mdx compiles the file, so that its message is not the one the author sees.
                enforce: 'pre',
                transform(_code, id) {
                  const path = id.split('?')[0] ?? id;
                  if (!path.endsWith('.mdx') || !existsSync(path)) return undefined;
                  const file = relative(root, path);
                  // The file as the author wrote it: Astro hands this step its own rewriting of it.
                  const source = readFileSync(path, 'utf8');
                  const problem = mdxSyntaxProblem(source);
                  if (problem) {
                    // `5:5: Expected a closing tag…` → `…/about.mdx:5:5: the MDX cannot be compiled: Expected…`, as editors link it.
                    const [, at = '', said = problem] =
                      /^(\d+:\d+): ([\s\S]*)$/.exec(problem) ?? [];
                    this.error(`${file}${at ? `:${at}` : ''}: the MDX cannot be compiled: ${said}`);
                  }
                  const braces = plainExpressions(source).map(plainExpressionProblem);
                  if (braces.length > 0) this.error(`${file}: ${braces.join('; ')}`);
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
