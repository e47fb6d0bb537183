import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isExternal } from '#lib/routing/links.ts';
import { pageTitle } from '#lib/routing/page-title.ts';

describe('page titles', () => {
  test('titles pages without repeating the site title', () => {
    assert.equal(pageTitle('About Me', 'Qipeng Wang'), 'About Me | Qipeng Wang');
    assert.equal(pageTitle('Qipeng Wang', 'Qipeng Wang'), 'Qipeng Wang');
  });
});

describe('links', () => {
  test('tells web addresses from site paths', () => {
    assert.equal(isExternal('mailto:x@y.z'), true);
    assert.equal(isExternal('//cdn.example/x.js'), true);
    assert.equal(isExternal('/files/cv.pdf'), false);
  });
});
