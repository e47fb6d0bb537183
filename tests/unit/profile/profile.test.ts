import { monogramIcon } from '#lib/profile/favicon.ts';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { obfuscateEmail } from '#lib/profile/email.ts';
import { initials } from '#lib/profile/initials.ts';

describe('email and monogram', () => {
  test('writes the email in the harvester-resistant form of the old page', () => {
    assert.equal(
      obfuscateEmail('wangqipeng@stu.pku.edu.cn'),
      'wangqipeng [AT] stu [DOT] pku [DOT] edu [DOT] cn',
    );
  });

  test('makes a monogram from the first and last name', () => {
    assert.equal(initials('Qipeng Wang'), 'QW');
    assert.equal(initials('Ada'), 'A');
    assert.equal(initials('王启鹏'), '王');
  });
});

describe('the site icon', () => {
  test("is the owner's monogram, escaped", () => {
    assert.equal(
      monogramIcon('QW'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="#8a1c2b"/><text x="32" y="41" font-family="system-ui,sans-serif" font-size="26" font-weight="600" fill="#fff" text-anchor="middle">QW</text></svg>\n',
    );
    assert.match(monogramIcon('<&>'), />&lt;&amp;&gt;<\/text>/);
  });
});
