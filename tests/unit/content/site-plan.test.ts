import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { noEntries, type EntryFile, type SiteEntries } from '#lib/content/content-rules.ts';
import { planSite, redirectRequests, sitePages } from '#lib/content/site-plan.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import {
  publicationSchema,
  type Publication,
  type PublicationInput,
} from '../../../src/schemas/publication.ts';

const OWNER = 'Qipeng Wang';

/** A project folder whose public/ holds favicon.svg and files/cv.pdf. */
const root = mkdtempSync(join(tmpdir(), 'site-plan-'));
mkdirSync(join(root, 'public/files'), { recursive: true });
writeFileSync(join(root, 'public/favicon.svg'), '<svg/>');
writeFileSync(join(root, 'public/files/cv.pdf'), '%PDF-1.4');
writeFileSync(join(root, 'package.json'), '{}');
after(() => rmSync(root, { recursive: true, force: true }));

const about: EntryFile<ReturnType<typeof pageSchema.parse>> = {
  id: 'about',
  path: 'src/content/pages/about.mdx',
  data: pageSchema.parse({
    title: 'About',
    permalink: '/',
    redirectFrom: ['/about/', '/about.html'],
  }),
  body: 'My [CV](/files/cv.pdf).',
  source: '',
};

const paper = (
  id: string,
  input: Partial<PublicationInput> = {},
  body = '',
): EntryFile<Publication> => ({
  id,
  path: `src/content/publications/${id}.mdx`,
  data: publicationSchema.parse({
    title: id,
    authors: [OWNER],
    venue: { short: 'V' },
    date: 2022,
    type: 'conference',
    order: 1,
    ...input,
  }),
  body,
  source: '',
});

const site = (...publications: EntryFile<Publication>[]): SiteEntries => ({
  ...noEntries(),
  pages: [about],
  publications,
});

describe('the site plan', () => {
  test('lists every address the site writes, and every old address', () => {
    const entries = site(paper('melon', { redirectFrom: ['/melon/'] }));
    assert.deepEqual(sitePages(entries, OWNER), [
      '/',
      '/publications/',
      '/404.html',
      '/feed.xml',
      '/publications.bib',
      '/publications.json',
      '/cv/',
      '/news/',
      '/news.xml',
      '/talks/',
      '/projects/',
      '/files/cv.pdf',
      '/favicon.svg',
      '/',
      '/publications/melon/',
      '/publications/melon.bib',
      '/previews/publications/melon.png',
      '/publications/',
      '/publications/first-author/',
      '/publications/type/conference/',
    ]);
    assert.deepEqual(redirectRequests(entries), [
      { from: '/about/', to: '/', declaredIn: 'src/content/pages/about.mdx' },
      { from: '/about.html', to: '/', declaredIn: 'src/content/pages/about.mdx' },
      {
        from: '/melon/',
        to: '/publications/melon/',
        declaredIn: 'src/content/publications/melon.mdx',
      },
    ]);
  });

  test('plans a good site: redirects, and linked files missing from public/', () => {
    const plan = planSite(
      root,
      site(paper('melon', { links: { pdf: '/files/melon.pdf' }, redirectFrom: ['/melon/'] })),
      OWNER,
    );
    assert.deepEqual(plan.problems, []);
    assert.deepEqual(
      plan.redirects.map((redirect) => [redirect.from, redirect.file, redirect.to]),
      [
        ['/about/', 'about/index.html', '/'],
        ['/about.html', 'about.html', '/'],
        ['/melon/', 'melon/index.html', '/publications/melon/'],
      ],
    );
    assert.deepEqual(plan.missingFiles, [
      { path: '/files/melon.pdf', declaredIn: ['src/content/publications/melon.mdx'] },
    ]);
  });

  /** One paper added to the site, and what the plan says about it. */
  const cases: [
    name: string,
    added: EntryFile<Publication>,
    problems: string[],
    missing: string[],
  ][] = [
    [
      'a body link with malformed percent-encoding',
      paper('percent', {}, 'The [paper](/files/100%.pdf).'),
      [
        'src/content/publications/percent.mdx: body: the link "/files/100%.pdf": a site path has a "%" that does not start an escape such as %20; write a "%" itself as %25',
      ],
      [],
    ],
    [
      'a body link out of public/, reported missing',
      paper('escape', {}, 'The [secrets](/%2e%2e/package.json).'),
      [],
      ['/%2e%2e/package.json'],
    ],
    [
      'an old address that differs from a page in case only',
      paper('shout', { redirectFrom: ['/PUBLICATIONS/'] }),
      [
        'src/content/publications/shout.mdx: redirectFrom "/PUBLICATIONS/" differs only in letter case from the page "/publications/": case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
      ],
      [],
    ],
    [
      'an old address in public/',
      paper('icon', { redirectFrom: ['/favicon.svg/', '/files/cv.pdf', '/files/'] }),
      [
        'src/content/publications/icon.mdx: redirectFrom "/favicon.svg/" would be written to favicon.svg/index.html, which needs a folder "favicon.svg" where the site has a file: "/favicon.svg", an address programs read. Remove it from redirectFrom.',
        'src/content/publications/icon.mdx: redirectFrom "/files/cv.pdf" is the address of the file "/files/cv.pdf" the site writes; a redirect there would hide it. Remove it from redirectFrom.',
        'src/content/publications/icon.mdx: redirectFrom "/files/" is the folder public/files/; a redirect there would take its address. Remove it from redirectFrom.',
      ],
      [],
    ],
    [
      "an old address under another paper's BibTeX file",
      paper('bib', { redirectFrom: ['/publications/melon.bib/'] }),
      [
        'src/content/publications/bib.mdx: redirectFrom "/publications/melon.bib/" would be written to publications/melon.bib/index.html, which needs a folder "publications/melon.bib" where the site has a file: the file "/publications/melon.bib" the site writes. Remove it from redirectFrom.',
      ],
      [],
    ],
    [
      'an old address the About page has already',
      paper('twice', { redirectFrom: ['/About.html'] }),
      [
        'src/content/publications/twice.mdx: redirectFrom "/About.html" differs only in letter case from the redirect "/about.html" declared in src/content/pages/about.mdx: case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
      ],
      [],
    ],
    [
      'a reserved id, beside the redirect problems',
      paper('2024', { order: 2, redirectFrom: ['/robots.txt'] }),
      [
        'src/content/publications/2024.mdx: the file name "2024" is reserved for a view or a year page of the publication list; rename the file.',
        'src/content/publications/2024.mdx: redirectFrom "/robots.txt" is "/robots.txt", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
      ],
      [],
    ],
  ];

  for (const [name, added, problems, missing] of cases) {
    test(name, () => {
      const plan = planSite(root, site(paper('melon', { order: 99 }), added), OWNER);
      assert.deepEqual(plan.problems, problems);
      assert.deepEqual(
        plan.missingFiles.map((file) => file.path),
        missing,
      );
    });
  }
});
