import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  fileLinksInBody,
  findMissingFiles,
  formatMissingFiles,
  isFilePath,
} from '#lib/content/local-files.ts';

describe('local files', () => {
  test('tells files from pages', () => {
    assert.equal(isFilePath('/files/cv.pdf'), true);
    assert.equal(isFilePath('/publications/'), false);
    assert.equal(isFilePath('/about.html'), false);
    assert.equal(isFilePath('https://x.org/a.pdf'), false);
  });

  test('finds file links in an MDX body', () => {
    const body =
      'This is my [CV](/files/cv.pdf). See [pubs](/publications/) and <a href="/files/talk.pdf">talk</a>, [web](https://x.org/a.pdf).';
    assert.deepEqual(fileLinksInBody(body), ['/files/cv.pdf', '/files/talk.pdf']);
  });

  test('reports each missing file once with every entry that links it', () => {
    const missing = findMissingFiles(
      [
        { path: '/files/b.pdf', declaredIn: 'src/content/publications/two.mdx' },
        { path: '/files/a.pdf', declaredIn: 'src/content/publications/one.mdx' },
        { path: '/files/b.pdf', declaredIn: 'src/content/pages/about.mdx' },
        { path: '/files/here.pdf', declaredIn: 'src/content/pages/about.mdx' },
      ],
      (path) => path === '/files/here.pdf',
    );
    assert.deepEqual(missing, [
      { path: '/files/a.pdf', declaredIn: ['src/content/publications/one.mdx'] },
      {
        path: '/files/b.pdf',
        declaredIn: ['src/content/pages/about.mdx', 'src/content/publications/two.mdx'],
      },
    ]);
    const report = formatMissingFiles(missing);
    assert.match(report, /^2 linked files are missing from public\//);
    assert.match(
      report,
      /public\/files\/b\.pdf \(linked from src\/content\/pages\/about\.mdx, src\/content\/publications\/two\.mdx\)/,
    );
  });
});
