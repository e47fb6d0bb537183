import { createHash } from 'node:crypto';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { EMBEDDING_ELEMENTS } from './embedding.ts';
import { NO_ALLOWANCE, type PageAllowance } from './page-policy.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/*
 * Pages are read with parse5, the WHATWG HTML parser: a security check must see a page exactly
 * as a browser does (`>` inside a quoted attribute, `--!>` ending a comment, attributes split by
 * line breaks), or it both misses code and reports code that is not there.
 */

const EXECUTABLE_SCRIPT = (type: string) =>
  type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
/** Script types that are data the page only reads (JSON-LD); every other type is acted on by the browser or unknown. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);
const EMBEDDING = new Set(EMBEDDING_ELEMENTS);
/** Attributes a browser navigates to or loads, and SVG animation values that can set one. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'values',
  'to',
  'from',
  'by',
]);
/** Schemes that run code, or (for data:) make a document of their own, when navigated to. */
const CODE_SCHEME = /^(javascript|vbscript|data):/i;
const excerptOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);

const isElement = (node: Node): node is Element => 'tagName' in node;
const textOf = (node: Element) =>
  node.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');
const attribute = (node: Element, name: string) =>
  node.attrs.find((attr) => attr.name === name)?.value;

/** Every element under `node`, template contents included, in document order, with whether it is in `<body>`. */
function* elements(node: Node, inBody = false): Generator<{ element: Element; inBody: boolean }> {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    const childInBody = inBody || child.tagName === 'body';
    yield { element: child, inBody: childInBody };
    yield* elements(child, childInBody);
    if (child.tagName === 'template' && 'content' in child)
      yield* elements(child.content as Node, childInBody);
  }
}

/** The inline code of a page that a Content-Security-Policy must allow by hash. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
}

const scriptType = (element: Element) => (attribute(element, 'type') ?? '').trim().toLowerCase();

/** Executable inline scripts and inline styles; JSON-LD and other data blocks are not executed, so need no hash. */
export function findInlineCode(html: string): InlineCode {
  return inspectPage(html, new Set()).code;
}

/** Something in a built page that could run, or that the policy would silently block. */
export interface UntrustedCode {
  /** What it is, for the author: `an inline script`, `an event handler (onerror)`. */
  what: string;
  /** The start of the code or value, to find where it came from. */
  excerpt: string;
  /** For an inline script or style, its hash, which the author may allow in the site config. */
  hash?: string;
}

/**
 * Everything in a page that is not the site's own code: inline scripts whose hash is not
 * trusted, external or unknown-type scripts, `<style>` and `<link>` elements in the body (Astro
 * puts the site's styles in `<head>`), style attributes and event handlers (which the policy
 * blocks, so they would fail silently), `javascript:`, `vbscript:` and `data:` navigations,
 * forms, frames, objects and `<base>`. `trusted` holds `'sha256-…'` hashes: the site's scripts
 * and what the author allowed.
 */
export function findUntrustedCode(html: string, trusted: ReadonlySet<string>): UntrustedCode[] {
  return inspectPage(html, trusted).untrusted;
}

/**
 * One reading of a page for the build's check: what findUntrustedCode refuses, and the inline
 * code findInlineCode hashes, from a single parse (the parse is most of the step's time).
 */
export function inspectPage(
  html: string,
  trusted: ReadonlySet<string>,
): { untrusted: UntrustedCode[]; code: InlineCode } {
  const found: UntrustedCode[] = [];
  const code: InlineCode = { scripts: [], styles: [] };
  const tree = parse(html);
  let hidesMarkup = false;
  for (const { element, inBody } of elements(tree)) {
    if (element.tagName === 'select' || element.tagName === 'noscript') hidesMarkup = true;
    inspectElement(element, inBody, trusted, found, code);
  }
  // Only a page with a <select> or <noscript> is read a second time, with positions, to read what they hold.
  if (hidesMarkup) {
    // parse5 keeps some of what a <select> holds (a script): what the first reading found is said once.
    const seen = new Set(found.map((item) => `${item.what}\n${item.excerpt}`));
    found.push(
      ...hiddenMarkup(parse(html, { sourceCodeLocationInfo: true }), html, trusted).filter(
        (item) => !seen.has(`${item.what}\n${item.excerpt}`),
      ),
    );
  }
  return { untrusted: found, code };
}

/**
 * What may stand inside a `<select>`: the customisable select's parts and plain phrasing. parse5
 * follows the old grammar and drops every other tag there; Chromium keeps them (a meta refresh is
 * followed, an iframe loads), so anything else is refused rather than read two ways.
 */
const IN_SELECT = new Set(
  'option optgroup legend hr button selectedcontent script template span img b i em strong small sub sup abbr bdi bdo br wbr code kbd mark q s u var data time cite dfn samp'.split(
    ' ',
  ),
);
/** What may stand inside a `<noscript>`: text and pictures. With scripting on it is text to parse5; with scripting off, markup to a browser. */
const IN_NOSCRIPT = new Set('img picture source br p span b i em strong'.split(' '));

/**
 * The markup a browser reads where the check's parser did not: the source inside each `<select>`
 * (parse5 drops its tags) and inside each `<noscript>` (text with scripting on, markup with it
 * off) is parsed again as markup, checked like any other, and refused where it is not what those
 * elements may hold.
 */
function hiddenMarkup(tree: Node, source: string, trusted: ReadonlySet<string>): UntrustedCode[] {
  const found: UntrustedCode[] = [];
  for (const { element } of elements(tree)) {
    const name = element.tagName;
    if (name !== 'select' && name !== 'noscript') continue;
    const where = element.sourceCodeLocation;
    if (!where?.startTag) continue;
    const inner = source.slice(
      where.startTag.endOffset,
      where.endTag?.startOffset ?? where.endOffset,
    );
    const allowed = name === 'select' ? IN_SELECT : IN_NOSCRIPT;
    const fragment = parseFragment(inner, {
      sourceCodeLocationInfo: true,
      scriptingEnabled: name !== 'noscript',
    });
    for (const { element: inside } of elements(fragment, true)) {
      if (!allowed.has(inside.tagName)) {
        found.push({
          what: `a <${inside.tagName}> inside <${name}>, which browsers read as markup`,
          excerpt: excerptOf(describe(inside)),
        });
      }
      inspectElement(inside, true, trusted, found, { scripts: [], styles: [] });
    }
    found.push(...hiddenMarkup(fragment, inner, trusted));
  }
  return found;
}

const describe = (element: Element) =>
  element.attrs.map(({ name: key, value }) => `${key}="${value}"`).join(' ');

function inspectElement(
  element: Element,
  inBody: boolean,
  trusted: ReadonlySet<string>,
  found: UntrustedCode[],
  code: InlineCode,
): void {
  const name = element.tagName;
  if (
    name === 'script' &&
    attribute(element, 'src') === undefined &&
    EXECUTABLE_SCRIPT(scriptType(element))
  )
    code.scripts.push(textOf(element));
  if (name === 'style') code.styles.push(textOf(element));
  for (const { name: key, value } of element.attrs) {
    if (/^on/i.test(key))
      found.push({ what: `an event handler (${key})`, excerpt: excerptOf(value) });
    else if (key === 'style') found.push({ what: 'a style attribute', excerpt: excerptOf(value) });
    else if (URL_ATTRIBUTES.has(key)) {
      // SVG animation values are a list (`values="/;javascript:…"`): every item is a URL the element may set.
      for (const item of key === 'values' ? value.split(';') : [value]) {
        // Browsers drop control characters and spaces in a scheme: `java\tscript:` runs too.
        const scheme = CODE_SCHEME.exec(item.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
        if (!scheme) continue;
        // A data: picture is only a picture; a data: page or script is a document of its own.
        if (
          scheme === 'data' &&
          (name === 'img' || name === 'source') &&
          /^data:image\/(png|jpe?g|gif|webp|avif);/i.test(item.trim())
        )
          continue;
        found.push({ what: `a ${scheme}: URL (${key})`, excerpt: excerptOf(value) });
        break;
      }
    }
  }
  if (EMBEDDING.has(name))
    found.push({ what: `a <${name}> element`, excerpt: excerptOf(describe(element)) });
  if (
    inBody &&
    (name === 'link' ||
      name === 'form' ||
      (name === 'meta' && attribute(element, 'http-equiv') !== undefined))
  ) {
    found.push({ what: `a <${name}> in the page body`, excerpt: excerptOf(describe(element)) });
  }
  if (name === 'script') {
    const type = scriptType(element);
    const src = attribute(element, 'src');
    const text = textOf(element);
    if (src !== undefined) found.push({ what: 'an external script', excerpt: excerptOf(src) });
    else if (EXECUTABLE_SCRIPT(type)) {
      const hash = cspHash(text);
      if (!trusted.has(hash))
        found.push({ what: 'an inline script', excerpt: excerptOf(text), hash });
    } else if (!DATA_SCRIPT_TYPES.has(type))
      found.push({ what: `a script of type "${type}"`, excerpt: excerptOf(text) });
  }
  if (name === 'style' && inBody) {
    const text = textOf(element);
    const hash = cspHash(text);
    if (!trusted.has(hash))
      found.push({ what: 'an inline <style> in the page body', excerpt: excerptOf(text), hash });
  }
}

/**
 * The content file a piece of code most likely came from, for the refusal message: among the
 * files whose text holds its start, the one whose name is a folder of the page's path
 * (`/publications/x/` → `…/x.mdx`), else one from the collection the page lists (`/news/` →
 * `src/content/news/`), else the first; `undefined` when no file holds it (then it came from a
 * component or layout).
 */
export function sourceOfCode(
  excerpt: string,
  page: string,
  files: readonly { path: string; text: string }[],
): string | undefined {
  const needle = excerpt.slice(0, 40);
  if (!needle) return undefined;
  const holding = files.filter((file) => file.text.includes(needle));
  const segments = new Set(page.split('/'));
  const nameOf = (path: string) =>
    path
      .split('/')
      .at(-1)
      ?.replace(/\.mdx?$/, '') ?? '';
  const folderOf = (path: string) => path.split('/').at(-2) ?? '';
  // `/news/` is made of src/content/news/: the collection's folder is the next best clue.
  const named =
    holding.find((file) => segments.has(nameOf(file.path))) ??
    holding.find((file) => segments.has(folderOf(file.path)));
  return (named ?? holding[0])?.path;
}

/** `'sha256-…'` for a CSP source list. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A strict policy: nothing from other origins, no inline code but the hashed, no plugins,
 * no base tag tricks, forms nowhere. `frame-ancestors` only works as a header, so the
 * header form adds it. `allow` is what the page's entry in PAGE_ALLOWANCES adds (the search
 * page's script files and WebAssembly); never `'unsafe-inline'` or `'unsafe-eval'`.
 */
export function contentSecurityPolicy(
  code: InlineCode,
  options: { header?: boolean; allow?: PageAllowance } = {},
): string {
  const list = (texts: string[]) => [...new Set(texts.map(cspHash))].sort().join(' ');
  const { scriptFiles, wasm } = options.allow ?? NO_ALLOWANCE;
  const scripts = [
    ...(scriptFiles ? ["'self'"] : []),
    ...(wasm ? ["'wasm-unsafe-eval'"] : []),
    ...(code.scripts.length > 0 ? [list(code.scripts)] : []),
  ].join(' ');
  const styles = list(code.styles);
  return [
    "default-src 'self'",
    `script-src ${scripts || "'none'"}`,
    `style-src ${styles || "'none'"}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** Puts the policy first in `<head>` (right after the charset), so that it covers every script and style. */
export function insertCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (charset.test(html)) return html.replace(charset, (match) => `${match}${meta}`);
  return html.replace(/<head>/i, `<head>${meta}`);
}
