import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, findInlineCode, insertCspMeta, type InlineCode } from '../lib/csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * After the build, gives every page a Content-Security-Policy `<meta>` that allows exactly its
 * own inline scripts and styles by hash, and writes `_headers` (read by Netlify and Cloudflare
 * Pages) with the same policy as a header plus the protections only headers can give.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all: InlineCode = { scripts: [], styles: [] };
        const files = await htmlFiles(root);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const code = findInlineCode(html);
          all.scripts.push(...code.scripts);
          all.styles.push(...code.styles);
          await writeFile(file, insertCspMeta(html, contentSecurityPolicy(code)));
        }
        const headers = [
          `${base}*`,
          `  Content-Security-Policy: ${contentSecurityPolicy(all, { header: true })}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  X-Frame-Options: DENY',
          '',
        ].join('\n');
        await writeFile(join(root, '_headers'), headers);
        logger.info(`Content-Security-Policy added to ${files.length} pages; _headers written`);
      },
    },
  };
}
