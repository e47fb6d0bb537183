import { readdirSync, readFileSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, cspHash, insertCspMeta, inspectPage, sourceOfCode, type InlineCode, type UntrustedCode } from '#lib/security/csp.ts';
import { siteConfig } from '../site.config.ts';

/** Where the site's own inline scripts live; components inline them with `?raw`. */
const SITE_SCRIPTS = new URL('../scripts/', import.meta.url);
const CONTENT = new URL('../content/', import.meta.url);

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  // Sorted: the directory's own order is the file system's, and a refusal lists pages in this order.
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The hashes the policy may allow: the site's own scripts, and what the owner allowed in the site config. */
function trustedHashes(): Set<string> {
  const scripts = readdirSync(SITE_SCRIPTS).filter((name) => name.endsWith('.js'));
  return new Set([
    ...scripts.map((name) => cspHash(readFileSync(new URL(name, SITE_SCRIPTS), 'utf8'))),
    ...siteConfig.security.allowInlineCode.map((hash) => `'${hash}'`),
  ]);
}

/** The content file an excerpt of code was written in, if any, so the message can name it. */
function contentFiles(): { path: string; text: string }[] {
  const root = fileURLToPath(CONTENT);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ path: `src/content/${name.split(sep).join('/')}`, text: readFileSync(join(root, name), 'utf8') }));
}

function refusal(found: readonly { page: string; code: UntrustedCode }[]): string {
  const files = contentFiles();
  const lines = found.map(({ page, code }) => {
    const source = sourceOfCode(code.excerpt, page, files);
    return `  - ${page}: ${code.what}${code.excerpt ? ` "${code.excerpt}"` : ''}${source ? ` (from ${source})` : ''}${code.hash ? ` [${code.hash.slice(1, -1)}]` : ''}`;
  });
  return [
    `Refused: ${found.length} piece${found.length === 1 ? '' : 's'} of code in the built pages that the site did not write itself:`,
    ...lines,
    'Text from outside (an imported .bib, a migrated page) must never run. If you wrote an inline script or style yourself and',
    'trust it, add its hash (in brackets above) to security.allowInlineCode in src/site.config.ts. Event handlers, style',
    'attributes, javascript: URLs, frames and external scripts are never allowed: the policy would block them anyway.',
  ].join('\n');
}

/**
 * After the build, checks that every inline script and style in every page is the site's own
 * (or one the owner allowed by hash), and fails the build naming the page and the entry when
 * anything else appears. Then gives every page a Content-Security-Policy `<meta>` that allows
 * exactly its own inline code by hash, and writes `_headers` (read by Netlify and Cloudflare
 * Pages) with the same policy as a header plus the protections only headers can give.
 */
export function inlineCodeGate(): AstroIntegration {
  let base = '/';
  return {
    name: 'inline-code-gate',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const trusted = trustedHashes();
        const files = await htmlFiles(root);
        // Each page is read, checked and written on its own, a few at a time, so that the step
        // holds a handful of pages rather than the whole site.
        const untrusted: { order: number; page: string; code: UntrustedCode }[] = [];
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const next = files.entries();
        // A page that cannot be read or written stops the check, and then the site is not deployable either.
        let failure: { error: unknown } | undefined;
        const inspectAndWrite = async (order: number, file: string) => {
          const html = await readFile(file, 'utf8');
          const { untrusted: found, code } = inspectPage(html, trusted);
          const page = `/${relative(root, file).split(sep).join('/')}`;
          untrusted.push(...found.map((item) => ({ order, page, code: item })));
          if (untrusted.length > 0) return;
          for (const script of code.scripts) scripts.add(script);
          for (const style of code.styles) styles.add(style);
          await writeFile(file, insertCspMeta(html, contentSecurityPolicy(code)));
        };
        const worker = async () => {
          for (const [order, file] of next) {
            if (failure) return;
            try {
              await inspectAndWrite(order, file);
            } catch (error) {
              failure ??= { error };
            }
          }
        };
        await Promise.all(Array.from({ length: 8 }, worker));
        if (failure || untrusted.length > 0) {
          // A site that fails this check must not be deployable by accident.
          await rm(root, { recursive: true, force: true });
          if (failure) throw failure.error;
          // In page order, as a reader expects, whichever page was checked first.
          untrusted.sort((a, b) => a.order - b.order);
          throw new Error(refusal(untrusted));
        }

        // Every inline script and style is now trusted, so one policy that allows all of them is
        // safe for every page: it fits the hosts' rule limits where a block per page would not.
        const all: InlineCode = { scripts: [...scripts], styles: [...styles] };
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
