import { createHash } from 'node:crypto';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

const EXECUTABLE_SCRIPT = (type: string) => type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
/** Script types that are data the page only reads (JSON-LD); every other type is acted on by the browser or unknown. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);
const NAMED = { tab: '\t', newline: '\n', colon: ':', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>;
/** An attribute value as the browser reads it: the HTML parser keeps `&#09;` and `&colon;` as written. */
const decodeAttribute = (value: string) =>
  value
    .replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
      const point = code[0]!.toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd';
    })
    .replace(/&([a-z]+);/gi, (entity, name: string) => NAMED[name.toLowerCase()] ?? entity);
const excerptOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);
const textOf = (node: Node) => (node.children ?? []).map((child: Node) => ('value' in child ? String(child.value) : '')).join('');

/** The inline code of a page that a Content-Security-Policy must allow by hash. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
}

/** Executable inline scripts and inline styles; JSON-LD and other data blocks are not executed, so need no hash. */
export function findInlineCode(html: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [] };
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const text = textOf(node);
    if (node.name === 'script' && !node.attributes.src) {
      if (
        EXECUTABLE_SCRIPT(
          String(node.attributes.type ?? '')
            .trim()
            .toLowerCase(),
        )
      )
        code.scripts.push(text);
    }
    if (node.name === 'style') code.styles.push(text);
  });
  return code;
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
 * trusted, external or unknown-type scripts, `<style>` elements in the body (Astro puts the
 * site's styles in `<head>`), style attributes and event handlers (which the policy blocks, so
 * they would fail silently), `javascript:` URLs, and frames, objects and `<base>`.
 * `trusted` holds `'sha256-…'` hashes: the site's scripts and what the author allowed.
 */
export function findUntrustedCode(html: string, trusted: ReadonlySet<string>): UntrustedCode[] {
  const found: UntrustedCode[] = [];
  let inBody = false;
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const name = String(node.name).toLowerCase();
    if (name === 'body') inBody = true;
    const attributes = Object.entries(node.attributes as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), String(value ?? '')] as const);
    for (const [key, value] of attributes) {
      if (/^on/.test(key)) found.push({ what: `an event handler (${key})`, excerpt: excerptOf(value) });
      else if (key === 'style') found.push({ what: 'a style attribute', excerpt: excerptOf(value) });
      // Browsers drop control characters and spaces before the scheme: `java\tscript:` runs too.
      else if (URL_ATTRIBUTES.has(key) && /^javascript:/i.test(decodeAttribute(value).replace(/[\u0000-\u0020]/g, ''))) {
        found.push({ what: `a javascript: URL (${key})`, excerpt: excerptOf(value) });
      }
    }
    if (EMBEDDING.has(name)) found.push({ what: `a <${name}> element`, excerpt: excerptOf(attributes.map(([key, value]) => `${key}="${value}"`).join(' ')) });
    if (name === 'meta' && inBody && attributes.some(([key]) => key === 'http-equiv')) found.push({ what: 'a <meta http-equiv> in the body', excerpt: '' });
    if (name === 'script') {
      const type = (attributes.find(([key]) => key === 'type')?.[1] ?? '').trim().toLowerCase();
      const src = attributes.find(([key]) => key === 'src')?.[1];
      const text = textOf(node);
      if (src !== undefined) found.push({ what: 'an external script', excerpt: excerptOf(src) });
      else if (EXECUTABLE_SCRIPT(type)) {
        const hash = cspHash(text);
        if (!trusted.has(hash)) found.push({ what: 'an inline script', excerpt: excerptOf(text), hash });
      } else if (!DATA_SCRIPT_TYPES.has(type)) found.push({ what: `a script of type "${type}"`, excerpt: excerptOf(text) });
    }
    if (name === 'style' && inBody) {
      const text = textOf(node);
      const hash = cspHash(text);
      if (!trusted.has(hash)) found.push({ what: 'an inline <style> in the page body', excerpt: excerptOf(text), hash });
    }
  });
  return found;
}

/** `'sha256-…'` for a CSP source list. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A strict policy: nothing from other origins, no inline code but the hashed, no plugins,
 * no base tag tricks, forms nowhere. `frame-ancestors` only works as a header, so the
 * header form adds it.
 */
export function contentSecurityPolicy(code: InlineCode, options: { header?: boolean } = {}): string {
  const list = (texts: string[]) => [...new Set(texts.map(cspHash))].sort().join(' ');
  const scripts = list(code.scripts);
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
