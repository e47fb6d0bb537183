import { readdirSync, readFileSync } from 'node:fs';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  contentSecurityPolicy,
  cspHash,
  insertCspMeta,
  inspectPage,
  sourceOfCode,
  type InlineCode,
  type UntrustedCode,
} from '#lib/security/csp.ts';
import { activeXmlContent, kindOfPublishedFile } from '#lib/security/active-files.ts';
import { pageAllowance, unionOfAllowances, type PageAllowance } from '#lib/security/page-policy.ts';
import { siteLanguages } from '#lib/i18n/languages.ts';
import { siteConfig } from '../site.config.ts';

/** Where the site's own inline scripts live; components inline them with `?raw`. */
const SITE_SCRIPTS = new URL('../scripts/', import.meta.url);
const CONTENT = new URL('../content/', import.meta.url);

/** Every published file a browser opens as a document, by how it is checked (see kindOfPublishedFile), sorted. */
async function publishedDocuments(
  dir: string,
): Promise<Record<'page' | 'xml' | 'refused', string[]>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const found: Record<'page' | 'xml' | 'refused', string[]> = { page: [], xml: [], refused: [] };
  for (const entry of entries) {
    const kind = entry.isFile() ? kindOfPublishedFile(entry.name) : undefined;
    if (kind) found[kind].push(join(entry.parentPath, entry.name));
  }
  // Sorted: the directory's own order is the file system's, and a refusal lists pages in this order.
  for (const list of Object.values(found)) list.sort();
  return found;
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
    .map((name) => ({
      path: `src/content/${name.split(sep).join('/')}`,
      text: readFileSync(join(root, name), 'utf8'),
    }));
}

function refusal(found: readonly { page: string; code: UntrustedCode }[]): string {
  const files = contentFiles();
  const lines = found.map(({ page, code }) => {
    const source = sourceOfCode(code.excerpt, page, files);
    return `  - ${page}: ${code.what}${code.excerpt ? ` "${code.excerpt}"` : ''}${source ? ` (from ${source})` : ''}${code.hash ? ` [${code.hash.slice(1, -1)}]` : ''}`;
  });
  return [
    `Refused: ${found.length} piece${found.length === 1 ? '' : 's'} of code in the built pages and files that the site did not write itself:`,
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
  /** Where the finished site goes (the configured outDir), and where it is built until it is finished and checked. */
  let output: { final: string; partial: string } | undefined;
  return {
    name: 'inline-code-gate',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        // Astro writes pages as it goes: a build killed midway would leave a dist/ that looks
        // deployable, without policies or _headers. The build writes beside it instead, and the
        // finished, checked site is moved into place at the end: a killed build leaves the previous one.
        const final = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        output = { final, partial: `${final}.partial` };
        updateConfig({ outDir: pathToFileURL(`${output.partial}/`) });
      },
      'astro:build:start': async () => {
        // What a killed build left.
        if (output) await rm(output.partial, { recursive: true, force: true });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const trusted = trustedHashes();
        const documents = await publishedDocuments(root);
        const files = documents.page;
        const pathOf = (file: string) => `/${relative(root, file).split(sep).join('/')}`;
        // Each page is read, checked and written on its own, a few at a time, so that the step
        // holds a handful of pages rather than the whole site.
        const untrusted: { order: number; page: string; code: UntrustedCode }[] = [];
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const allowances: PageAllowance[] = [];
        const languages = siteLanguages(siteConfig).map((language) => language.code);
        const next = files.entries();
        // A page that cannot be read or written stops the check, and then the site is not deployable either.
        let failure: { error: unknown } | undefined;
        const inspectAndWrite = async (order: number, file: string) => {
          const html = await readFile(file, 'utf8');
          const { untrusted: found, code } = inspectPage(html, trusted);
          const page = pathOf(file);
          untrusted.push(...found.map((item) => ({ order, page, code: item })));
          if (untrusted.length > 0) return;
          for (const script of code.scripts) scripts.add(script);
          for (const style of code.styles) styles.add(style);
          // What a page may run beyond its inline code is the table's (PAGE_ALLOWANCES), never the page's own say.
          const allow = pageAllowance(page, languages);
          allowances.push(allow);
          await writeFile(file, insertCspMeta(html, contentSecurityPolicy(code, { allow })));
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
        // SVG and XML open as documents of their own (GitHub Pages serves them with no policy): each is read as XML.
        for (const file of documents.xml) {
          for (const item of activeXmlContent(await readFile(file)))
            untrusted.push({ order: files.length, page: pathOf(file), code: item });
        }
        for (const file of documents.refused) {
          const what =
            'a file a browser runs as a page of its own (publish it as .html, or as a PDF or picture)';
          untrusted.push({ order: files.length, page: pathOf(file), code: { what, excerpt: '' } });
        }
        if (failure || untrusted.length > 0) {
          // A site that fails this check must not be deployable by accident, nor the one it was to replace.
          await rm(root, { recursive: true, force: true });
          if (output && root.replace(/[\\/]+$/, '') === output.partial)
            await rm(output.final, { recursive: true, force: true });
          if (failure) throw failure.error;
          // In page order, as a reader expects, whichever page was checked first.
          untrusted.sort((a, b) => a.order - b.order);
          throw new Error(refusal(untrusted));
        }

        // Every inline script and style is now trusted, so one policy that allows all of them is
        // safe for every page: it fits the hosts' rule limits where a block per page would not.
        // A browser enforces the header and the page's <meta> both, so each page still runs only
        // what its own policy allows: the search page's script files and WebAssembly nowhere else.
        // (Two header rules would not do: Netlify and Cloudflare join a path's matching rules.)
        const all: InlineCode = { scripts: [...scripts], styles: [...styles] };
        const allow = unionOfAllowances(allowances);
        const headers = [
          `${base}*`,
          `  Content-Security-Policy: ${contentSecurityPolicy(all, { header: true, allow })}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  X-Frame-Options: DENY',
          '',
        ].join('\n');
        await writeFile(join(root, '_headers'), headers);
        logger.info(`Content-Security-Policy added to ${files.length} pages; _headers written`);
        if (output && root.replace(/[\\/]+$/, '') === output.partial) {
          await rm(output.final, { recursive: true, force: true });
          await rename(output.partial, output.final);
          logger.info(
            `the finished site moved into ${relative(process.cwd(), output.final) || output.final}`,
          );
        }
      },
    },
  };
}
