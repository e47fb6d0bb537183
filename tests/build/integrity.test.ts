import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { BUILDS, fileForPath, htmlFiles, pathForFile, readPage } from './built-site.ts';

interface Page {
  file: string;
  path: string;
  elements: { name: string; attributes: Record<string, string> }[];
  ids: Set<string>;
  title: string;
  isRedirect: boolean;
}

function readPages(build: (typeof BUILDS)[number]): Page[] {
  return htmlFiles(build).map((file) => {
    const elements: Page['elements'] = [];
    let title = '';
    walkSync(parse(readPage(build, file)), (node: Node) => {
      if (node.type !== ELEMENT_NODE) return;
      elements.push({ name: node.name, attributes: node.attributes });
      if (node.name === 'title')
        title = (node.children ?? [])
          .map((child: Node) => ('value' in child ? String(child.value) : ''))
          .join('');
    });
    return {
      file,
      path: pathForFile(build, file),
      elements,
      ids: new Set(
        elements.flatMap((element) => (element.attributes.id ? [element.attributes.id] : [])),
      ),
      title,
      isRedirect: elements.some(
        (element) =>
          element.name === 'meta' && element.attributes['http-equiv']?.toLowerCase() === 'refresh',
      ),
    };
  });
}

const meta = (page: Page, name: string) =>
  page.elements.find((element) => element.name === 'meta' && element.attributes.name === name)
    ?.attributes.content;
const link = (page: Page, rel: string) =>
  page.elements.find((element) => element.name === 'link' && element.attributes.rel === rel)
    ?.attributes.href;

for (const build of BUILDS) {
  describe(`built site in ${build.dir}/ (base ${build.base})`, () => {
    const pages = readPages(build);
    const byFile = new Map(pages.map((page) => [page.file, page]));

    test('has the pages a visitor expects', () => {
      // The minimal fixture declares no old addresses.
      for (const path of [
        '',
        'publications/',
        '404.html',
        ...(build.redirects ? ['about.html', 'about/'] : []),
      ]) {
        assert.ok(
          fileForPath(build, `${build.base}${path}`),
          `no file serves ${build.base}${path}`,
        );
      }
    });

    test('every internal href and src resolves to a file of the build, and every #fragment to an id', () => {
      const broken: string[] = [];
      for (const page of pages) {
        for (const element of page.elements) {
          for (const attribute of ['href', 'src']) {
            const value = element.attributes[attribute];
            if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
            const url = new URL(value, `http://site${page.path}`);
            const file = fileForPath(build, url.pathname);
            if (!file) {
              broken.push(
                `${page.file}: <${element.name} ${attribute}="${value}"> leads to no file`,
              );
              continue;
            }
            const fragment = decodeURIComponent(url.hash.slice(1));
            const target = byFile.get(file);
            if (fragment && target && !target.ids.has(fragment))
              broken.push(
                `${page.file}: <${element.name} ${attribute}="${value}"> names no element id="${fragment}" in ${file}`,
              );
          }
        }
      }
      assert.deepEqual(broken, []);
    });

    test('every page has a unique title, a description and a canonical URL on the production site', () => {
      const content = pages.filter((page) => !page.isRedirect);
      const titles = content.map((page) => page.title);
      assert.deepEqual(
        titles.filter((title, index) => titles.indexOf(title) !== index),
        [],
        'duplicate titles',
      );
      for (const page of content) {
        assert.ok(page.title.trim(), `${page.file}: empty <title>`);
        assert.ok(meta(page, 'description')?.trim(), `${page.file}: no meta description`);
        const canonical = link(page, 'canonical');
        assert.ok(canonical, `${page.file}: no canonical link`);
        const expected =
          page.file === '404.html'
            ? `${build.siteUrl}${build.base}404.html`
            : `${build.siteUrl}${page.path}`;
        // A canonical URL is percent-encoded (a Chinese tag's page); the file is named by the decoded path.
        assert.equal(decodeURI(canonical), expected, `${page.file}: canonical`);
      }
    });

    test('redirect pages carry a refresh, a canonical link, noindex and a visible link', () => {
      const redirects = pages.filter((page) => page.isRedirect);
      if (build.redirects !== undefined)
        assert.ok(build.redirects ? redirects.length >= 2 : redirects.length === 0);
      for (const page of redirects) {
        assert.ok(link(page, 'canonical'), `${page.file}: no canonical`);
        assert.equal(meta(page, 'robots'), 'noindex', `${page.file}: not noindex`);
        assert.ok(
          page.elements.some((element) => element.name === 'a' && element.attributes.href),
          `${page.file}: no visible link`,
        );
      }
    });

    test('no page loads anything from another origin', () => {
      const offsite: string[] = [];
      const loads = (element: Page['elements'][number]) =>
        ['script', 'img', 'iframe', 'audio', 'video', 'source', 'embed', 'object'].includes(
          element.name,
        ) ||
        (element.name === 'link' &&
          /stylesheet|preload|modulepreload|icon|manifest|prefetch|preconnect|dns-prefetch/.test(
            element.attributes.rel ?? '',
          ));
      for (const page of pages) {
        for (const element of page.elements.filter(loads)) {
          for (const value of [
            element.attributes.src,
            element.attributes.href,
            element.attributes.data,
            element.attributes.srcset,
          ]) {
            if (
              value &&
              (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) &&
              !value.startsWith('data:')
            )
              offsite.push(`${page.file}: <${element.name}> loads ${value}`);
          }
        }
        for (const style of [readPage(build, page.file)]) {
          for (const match of style.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/g))
            offsite.push(`${page.file}: CSS loads ${match[1]}`);
          for (const match of style.matchAll(/@import\s+(?:url\()?\s*['"]?([^'");\s]+)/g))
            offsite.push(`${page.file}: CSS imports ${match[1]}`);
        }
      }
      assert.deepEqual(offsite, []);
    });

    test("every page prints on the owner file's paper size (A4)", () => {
      const without = pages.filter(
        (page) =>
          !page.isRedirect && !readPage(build, page.file).includes('<style>@page{size:A4}</style>'),
      );
      assert.deepEqual(
        without.map((page) => page.file),
        [],
      );
    });

    test('links that open a new tab carry rel="noopener noreferrer"', () => {
      const unsafe = pages.flatMap((page) =>
        page.elements
          .filter((element) => element.name === 'a' && element.attributes.target === '_blank')
          .filter(
            (element) =>
              !/\bnoopener\b/.test(element.attributes.rel ?? '') ||
              !/\bnoreferrer\b/.test(element.attributes.rel ?? ''),
          )
          .map((element) => `${page.file}: ${element.attributes.href}`),
      );
      assert.deepEqual(unsafe, []);
    });

    test('every page has a Content-Security-Policy without unsafe-inline scripts', () => {
      for (const page of pages) {
        const policy = page.elements.find(
          (element) =>
            element.name === 'meta' &&
            element.attributes['http-equiv'] === 'Content-Security-Policy',
        )?.attributes.content;
        assert.ok(policy, `${page.file}: no CSP meta`);
        assert.match(policy, /script-src [^;]*/);
        assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/, `${page.file}: ${policy}`);
        // Script files and WebAssembly on the search page of each language only.
        const isSearch = /^([a-z]{2,3}\/)?search\/index\.html$/.test(page.file);
        assert.equal(
          /script-src 'self' 'wasm-unsafe-eval' /.test(policy),
          isSearch,
          `${page.file}: ${policy}`,
        );
        if (!isSearch) assert.doesNotMatch(policy, /'self' 'wasm|wasm-unsafe-eval/, page.file);
        assert.equal(
          page.elements.findIndex(
            (element) =>
              element.name === 'meta' &&
              element.attributes['http-equiv'] === 'Content-Security-Policy',
          ),
          page.elements.findIndex(
            (element) => element.name === 'meta' && 'charset' in element.attributes,
          ) + 1,
          `${page.file}: the CSP must come right after the charset, before any script`,
        );
      }
    });

    test("every inline script on every page is one of the site's own, as written in src/scripts/", () => {
      const folder = join(import.meta.dirname, '../../src/scripts');
      const own = new Map(
        readdirSync(folder).map((name) => [readFileSync(join(folder, name), 'utf8'), name]),
      );
      assert.deepEqual([...own.values()].sort(), [
        'copy-bibtex.js',
        'copy-code.js',
        'search.js',
        'theme-early.js',
        'theme-toggle.js',
      ]);
      const seen = new Set<string>();
      for (const file of htmlFiles(build)) {
        walkSync(parse(readPage(build, file)), (node: Node) => {
          if (
            node.type !== ELEMENT_NODE ||
            node.name !== 'script' ||
            node.attributes.type === 'application/ld+json'
          )
            return;
          const text = (node.children ?? [])
            .map((child: Node) => ('value' in child ? String(child.value) : ''))
            .join('');
          const name = own.get(text);
          assert.ok(
            name,
            `${file}: an inline script the site did not write: ${text.slice(0, 120)}`,
          );
          seen.add(name);
        });
      }
      // The code blocks' copy button is only on pages with code: the full fixture's post and paper have some.
      assert.deepEqual(
        [...seen].sort(),
        [
          'copy-bibtex.js',
          ...(build.dir.startsWith('dist-fixtures/full') ? ['copy-code.js'] : []),
          'search.js',
          'theme-early.js',
          'theme-toggle.js',
        ],
        'each of them is used',
      );
    });
  });
}
