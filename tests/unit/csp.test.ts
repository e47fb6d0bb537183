import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { contentSecurityPolicy, cspHash, findInlineCode, insertCspMeta } from '../../src/lib/csp.ts';

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>let a = 1;</script><script type="application/ld+json">{"@type":"Person"}</script><script src="/x.js"></script><style>body{color:red}</style></head><body></body></html>`;

test('finds executable inline scripts and styles, not data blocks or external scripts', () => {
  assert.deepEqual(findInlineCode(page), { scripts: ['let a = 1;'], styles: ['body{color:red}'] });
});

test('hashes with SHA-256 in the CSP source form', () => {
  assert.equal(cspHash('let a = 1;'), `'sha256-${createHash('sha256').update('let a = 1;').digest('base64')}'`);
});

test('the policy allows only the hashed code, and frame-ancestors only as a header', () => {
  const policy = contentSecurityPolicy(findInlineCode(page));
  assert.match(policy, new RegExp(`script-src ${cspHash('let a = 1;').replace(/[+/]/g, '\\$&')};`));
  assert.doesNotMatch(policy, /unsafe-inline|frame-ancestors/);
  assert.match(contentSecurityPolicy({ scripts: [], styles: [] }, { header: true }), /script-src 'none'; style-src 'none';.*frame-ancestors 'none'$/);
});

test('the meta element goes right after the charset, before any script', () => {
  const html = insertCspMeta(page, "default-src 'self'");
  assert.ok(html.includes(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>`));
});
