import { createHash } from 'node:crypto';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

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
    const text = (node.children ?? []).map((child: Node) => ('value' in child ? String(child.value) : '')).join('');
    if (node.name === 'script' && !node.attributes.src) {
      const type = String(node.attributes.type ?? '').toLowerCase();
      if (type === '' || type === 'module' || type.includes('javascript')) code.scripts.push(text);
    }
    if (node.name === 'style') code.styles.push(text);
  });
  return code;
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
