import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentSecurityPolicy } from '#lib/security/csp.ts';
import { pageAllowance, unionOfAllowances } from '#lib/security/page-policy.ts';

const SEARCH = { scriptFiles: true, wasm: true };
const NONE = { scriptFiles: false, wasm: false };

test("the search page, in each of the site's languages, is the one page allowed more", () => {
  const table: [file: string, expected: typeof SEARCH][] = [
    ['/search/index.html', SEARCH],
    ['/zh/search/index.html', SEARCH],
    ['/fr/search/index.html', NONE],
    ['/research/search/index.html', NONE],
    ['/search.html', NONE],
    ['/index.html', NONE],
    ['/publications/index.html', NONE],
    ['/404.html', NONE],
  ];
  for (const [file, expected] of table)
    assert.deepEqual(pageAllowance(file, ['en', 'zh']), expected, file);
});

test('the header policy allows what any page does; a page with no allowance keeps script-src to its hashes', () => {
  assert.deepEqual(unionOfAllowances([NONE, SEARCH, NONE]), SEARCH);
  assert.deepEqual(unionOfAllowances([NONE, NONE]), NONE);
  assert.deepEqual(unionOfAllowances([]), NONE);
  const code = { scripts: ['let a = 1;'], styles: [] };
  const scriptSrc = (policy: string) => /script-src ([^;]*);/.exec(policy)?.[1];
  assert.equal(
    scriptSrc(contentSecurityPolicy(code, { allow: SEARCH })),
    "'self' 'wasm-unsafe-eval' 'sha256-xY6QKfH9PRsQnLz56nj6MBwiK5oHg+im1Jkpdp1x/Ck='",
  );
  assert.equal(
    scriptSrc(contentSecurityPolicy(code)),
    "'sha256-xY6QKfH9PRsQnLz56nj6MBwiK5oHg+im1Jkpdp1x/Ck='",
  );
  assert.equal(scriptSrc(contentSecurityPolicy({ scripts: [], styles: [] })), "'none'");
  for (const policy of [
    contentSecurityPolicy(code, { allow: SEARCH }),
    contentSecurityPolicy(code, { allow: SEARCH, header: true }),
  ])
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
});
