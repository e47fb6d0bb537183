import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canonicalPath,
  planRedirects,
  redirectFile,
  type RedirectRequest,
} from '#lib/routing/redirects.ts';

/** What the build writes besides redirects, in a site like this one. */
const site = {
  pages: [
    '/',
    '/publications/',
    '/404.html',
    '/feed.xml',
    '/publications.bib',
    '/publications.json',
    '/publications/melon/',
    '/publications/melon.bib',
    '/publications/café/',
  ],
  publicEntries: ['favicon.svg', 'files/', 'files/cv.pdf', 'downloads.v1/', 'empty.d/'],
};

/** Each old address, declared alone in a.mdx for the About page, and what the author reads. */
const refused: [from: string, says: string][] = [
  [
    '/publications',
    'a.mdx: redirectFrom "/publications" is the address of a real page; a redirect there would hide it. Remove it from redirectFrom.',
  ],
  [
    '/PUBLICATIONS/',
    'a.mdx: redirectFrom "/PUBLICATIONS/" differs only in letter case from the page "/publications/": case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
  ],
  [
    '/publications/cafe\u0301/',
    'a.mdx: redirectFrom "/publications/cafe\u0301/" differs only in Unicode form (NFC/NFD: "é" as one character or as "e" and a combining accent) from the page "/publications/café/": Astro builds only one of them, and macOS sees one file. Remove it from redirectFrom.',
  ],
  [
    '/INDEX.HTML',
    'a.mdx: redirectFrom "/INDEX.HTML" differs only in letter case from the page "/": case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
  ],
  [
    '/publications/melon.bib',
    'a.mdx: redirectFrom "/publications/melon.bib" is the address of the file "/publications/melon.bib" the site writes; a redirect there would hide it. Remove it from redirectFrom.',
  ],
  [
    '/robots.txt',
    'a.mdx: redirectFrom "/robots.txt" is "/robots.txt", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/sitemap.xml',
    'a.mdx: redirectFrom "/sitemap.xml" is "/sitemap.xml", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/sitemap-index.xml',
    'a.mdx: redirectFrom "/sitemap-index.xml" is "/sitemap-index.xml", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/sitemap-0.xml',
    'a.mdx: redirectFrom "/sitemap-0.xml" is "/sitemap-0.xml", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/feed.xml',
    'a.mdx: redirectFrom "/feed.xml" is "/feed.xml", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/publications.json',
    'a.mdx: redirectFrom "/publications.json" is "/publications.json", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/_headers',
    'a.mdx: redirectFrom "/_headers" is "/_headers", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/_redirects',
    'a.mdx: redirectFrom "/_redirects" is "/_redirects", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/.nojekyll',
    'a.mdx: redirectFrom "/.nojekyll" is "/.nojekyll", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/CNAME',
    'a.mdx: redirectFrom "/CNAME" is "/CNAME", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/cname',
    'a.mdx: redirectFrom "/cname" differs only in letter case from "/CNAME", an address programs read: case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
  ],
  [
    '/favicon.svg',
    'a.mdx: redirectFrom "/favicon.svg" is "/favicon.svg", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
  ],
  [
    '/feed.xml/',
    'a.mdx: redirectFrom "/feed.xml/" would be written to feed.xml/index.html, which needs a folder "feed.xml" where the site has a file: "/feed.xml", an address programs read. Remove it from redirectFrom.',
  ],
  [
    '/favicon.svg/',
    'a.mdx: redirectFrom "/favicon.svg/" would be written to favicon.svg/index.html, which needs a folder "favicon.svg" where the site has a file: "/favicon.svg", an address programs read. Remove it from redirectFrom.',
  ],
  [
    '/robots.txt/',
    'a.mdx: redirectFrom "/robots.txt/" would be written to robots.txt/index.html, which needs a folder "robots.txt" where the site has a file: "/robots.txt", an address programs read. Remove it from redirectFrom.',
  ],
  [
    '/publications/melon.bib/',
    'a.mdx: redirectFrom "/publications/melon.bib/" would be written to publications/melon.bib/index.html, which needs a folder "publications/melon.bib" where the site has a file: the file "/publications/melon.bib" the site writes. Remove it from redirectFrom.',
  ],
  [
    '/files/cv.pdf',
    'a.mdx: redirectFrom "/files/cv.pdf" is a file in public/ (public/files/cv.pdf); a redirect would hide it. Remove it from redirectFrom.',
  ],
  [
    '/files/CV.pdf/',
    'a.mdx: redirectFrom "/files/CV.pdf/" would be written to files/CV.pdf/index.html, which needs a folder "files/cv.pdf" where the site has a file: the file public/files/cv.pdf. Remove it from redirectFrom.',
  ],
  [
    '/files/',
    'a.mdx: redirectFrom "/files/" is the folder public/files/; a redirect there would take its address. Remove it from redirectFrom.',
  ],
  [
    '/downloads.v1',
    'a.mdx: redirectFrom "/downloads.v1" would be written to the file downloads.v1, where the site needs a folder (for public/downloads.v1/). Remove it from redirectFrom.',
  ],
  [
    `/${'a'.repeat(300)}/`,
    `a.mdx: redirectFrom "/${'a'.repeat(300)}/" has a folder or file name of 300 bytes ("aaaaaaaaaaaaaaaaaaaa…"); file systems allow 255 at most. Shorten it or remove it from redirectFrom.`,
  ],
  [
    `/${'é'.repeat(128)}/`,
    `a.mdx: redirectFrom "/${'é'.repeat(128)}/" has a folder or file name of 256 bytes ("éééééééééééééééééééé…"); file systems allow 255 at most. Shorten it or remove it from redirectFrom.`,
  ],
  [
    `/${'abcd/'.repeat(210)}`,
    `a.mdx: redirectFrom "/${'abcd/'.repeat(210)}" is 1060 bytes long as a file path; keep it under 1024. Shorten it or remove it from redirectFrom.`,
  ],
];

/** Two old addresses declared in a.mdx then b.mdx, and what the author reads about the second. */
const refusedPairs: [first: string, second: string, says: string][] = [
  [
    '/old/',
    '/old',
    'b.mdx: redirectFrom "/old" is also declared in a.mdx; an old address can lead to one page only.',
  ],
  [
    '/old/',
    '/Old/',
    'b.mdx: redirectFrom "/Old/" differs only in letter case from the redirect "/old/" declared in a.mdx: case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
  ],
  [
    '/caf\u00e9/',
    '/cafe\u0301/',
    'b.mdx: redirectFrom "/cafe\u0301/" differs only in Unicode form (NFC/NFD: "é" as one character or as "e" and a combining accent) from the redirect "/café/" declared in a.mdx: Astro builds only one of them, and macOS sees one file. Remove it from redirectFrom.',
  ],
  [
    '/caf\u00e9/',
    '/CAFE\u0301/',
    'b.mdx: redirectFrom "/CAFE\u0301/" differs only in letter case and Unicode form (NFC/NFD) from the redirect "/café/" declared in a.mdx: case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
  ],
  [
    '/caf%C3%A9/',
    '/caf\u00e9/',
    'b.mdx: redirectFrom "/café/" is also declared in a.mdx; an old address can lead to one page only.',
  ],
  [
    '/old.html',
    '/old.html/',
    'b.mdx: redirectFrom "/old.html/" would be written to old.html/index.html, which needs a folder "old.html" where the site has a file: the redirect "/old.html" declared in a.mdx. Remove it from redirectFrom.',
  ],
  [
    '/old.d/page/',
    '/old.d',
    'b.mdx: redirectFrom "/old.d" would be written to the file old.d, where the site needs a folder (for the redirect "/old.d/page/" declared in a.mdx). Remove it from redirectFrom.',
  ],
];

describe('redirect planning', () => {
  test('maps old addresses to the files a static host serves', () => {
    const files: [from: string, file: string][] = [
      ['/about.html', 'about.html'],
      ['/about/', 'about/index.html'],
      ['/about', 'about/index.html'],
      ['/old/page/index.html', 'old/page/index.html'],
      ['/publications/#melon', 'publications/index.html'],
      ['/a%20b/', 'a b/index.html'],
      ['/caf%C3%A9.html', 'café.html'],
      ['/100%25/', '100%/index.html'],
    ];
    assert.deepEqual(
      files.map(([from]) => [from, redirectFile(from)]),
      files,
    );
    assert.equal(canonicalPath('/publications/#melon'), '/publications/');
  });

  test('plans the About page redirects and others beside pages, public/ and each other', () => {
    const requests: RedirectRequest[] = [
      '/about/',
      '/about.html',
      '/files/old.html',
      '/publications/old-name/',
      '/sitemap-old.xml',
      '/feed.xml.bak',
    ].map((from) => ({ from, to: '/', declaredIn: 'about.mdx' }));
    const plan = planRedirects(requests, site);
    assert.deepEqual(plan.problems, []);
    assert.deepEqual(
      plan.redirects.map((redirect) => [redirect.from, redirect.file, redirect.to]),
      [
        ['/about/', 'about/index.html', '/'],
        ['/about.html', 'about.html', '/'],
        ['/files/old.html', 'files/old.html', '/'],
        ['/publications/old-name/', 'publications/old-name/index.html', '/'],
        ['/sitemap-old.xml', 'sitemap-old.xml', '/'],
        ['/feed.xml.bak', 'feed.xml.bak', '/'],
      ],
    );
  });

  for (const [from, says] of refused) {
    test(`refuses ${from.length > 40 ? `${from.slice(0, 40)}…` : from}`, () => {
      const plan = planRedirects([{ from, to: '/', declaredIn: 'a.mdx' }], site);
      assert.deepEqual(plan.problems, [says]);
      assert.deepEqual(plan.redirects, []);
    });
  }

  for (const [first, second, says] of refusedPairs) {
    test(`refuses ${second} beside ${first}`, () => {
      const plan = planRedirects(
        [
          { from: first, to: '/', declaredIn: 'a.mdx' },
          { from: second, to: '/publications/', declaredIn: 'b.mdx' },
        ],
        site,
      );
      assert.deepEqual(plan.problems, [says]);
      assert.deepEqual(
        plan.redirects.map((redirect) => redirect.from),
        [first],
      );
    });
  }

  test('refuses a redirect to a page that does not exist, and loops', () => {
    const plan = planRedirects(
      [
        { from: '/old/', to: '/talks/', declaredIn: 'a.mdx' },
        { from: '/talks/', to: '/talks/', declaredIn: 'b.mdx' },
      ],
      site,
    );
    assert.deepEqual(plan.problems, [
      'a.mdx: redirectFrom "/old/" points to "/talks/", which no page serves.',
      'b.mdx: redirectFrom "/talks/" points to itself, a redirect loop.',
    ]);
  });

  test('lists every problem at once', () => {
    const plan = planRedirects(
      ['/robots.txt', '/feed.xml/', '/PUBLICATIONS/', '/fine/'].map((from) => ({
        from,
        to: '/',
        declaredIn: 'a.mdx',
      })),
      site,
    );
    assert.deepEqual(
      plan.problems.map((problem) => problem.split(' ').slice(0, 3).join(' ')),
      [
        'a.mdx: redirectFrom "/robots.txt"',
        'a.mdx: redirectFrom "/feed.xml/"',
        'a.mdx: redirectFrom "/PUBLICATIONS/"',
      ],
    );
    assert.deepEqual(
      plan.redirects.map((redirect) => redirect.from),
      ['/fine/'],
    );
  });
});
