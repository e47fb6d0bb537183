import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { z } from 'zod';
import { formatIssues } from '#lib/content/error-map.ts';
import { educationSchema } from '../../../src/schemas/education.ts';
import { experienceSchema } from '../../../src/schemas/experience.ts';
import { newsSchema } from '../../../src/schemas/news.ts';
import { talkSchema } from '../../../src/schemas/talk.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { postSchema } from '../../../src/schemas/post.ts';
import { publicationSchema, type PublicationInput } from '../../../src/schemas/publication.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { teachingSchema } from '../../../src/schemas/teaching.ts';

const publication: PublicationInput = {
  title: 'Melon: Breaking the Memory Wall for Resource-Efficient On-Device Machine Learning',
  authors: [
    'Qipeng Wang',
    { name: 'Mengwei Xu', corresponding: true, url: 'https://xumengwei.github.io/' },
  ],
  venue: {
    short: "MobiSys'22",
    name: 'MobiSys',
    url: 'https://dl.acm.org/doi/abs/10.1145/3498361.3538928',
  },
  date: 2022,
  type: 'conference',
  doi: '10.1145/3498361.3538928',
  links: {
    pdf: '/files/mobisys22-paper.pdf',
    code: 'https://github.com/qipengwang/Melon',
    extra: [{ label: 'Paper List', url: 'https://example.org/list' }],
  },
  order: 1,
};

/** The issues of a failed parse as `path: message` lines, so assertions can name the field. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  assert.equal(result.success, false, 'expected the input to be rejected');
  return formatIssues(result.error!.issues);
}

function assertProblem(schema: z.ZodType, input: unknown, field: string, expected: RegExp) {
  const found = problems(schema, input);
  assert.ok(
    found.some((line) => line.startsWith(`${field}:`) && expected.test(line)),
    `expected a problem at "${field}" matching ${expected}, got:\n${found.join('\n')}`,
  );
}

describe('publication schema', () => {
  test('parses pages once, into the first and last page', () => {
    const cases: [
      written: string | number,
      parsed: { text: string; first: string; last?: string },
    ][] = [
      ['123--135', { text: '123--135', first: '123', last: '135' }],
      ['123-135', { text: '123-135', first: '123', last: '135' }],
      ['1–14', { text: '1–14', first: '1', last: '14' }],
      ['A1–A9', { text: 'A1–A9', first: 'A1', last: 'A9' }],
      ['e42', { text: 'e42', first: 'e42' }],
      ['701–718.e12', { text: '701–718.e12', first: '701', last: '718.e12' }],
      ['e1002345', { text: 'e1002345', first: 'e1002345' }],
      [7, { text: '7', first: '7' }],
    ];
    for (const [written, parsed] of cases)
      assert.deepEqual(
        publicationSchema.parse({ ...publication, pages: written }).pages,
        parsed,
        String(written),
      );
    for (const bad of ['12:1--12:25', '1---3', 'iv-x', '', '701–718.', '701–718.e12.e3'])
      assertProblem(publicationSchema, { ...publication, pages: bad }, 'pages', /page range/);
  });

  test('accepts a complete entry and fills defaults', () => {
    const parsed = publicationSchema.parse(publication);
    assert.equal(parsed.selected, false);
    assert.deepEqual(parsed.redirectFrom, []);
    assert.deepEqual(parsed.date, { year: 2022 });
  });

  test('accepts an entry with every optional field omitted', () => {
    const parsed = publicationSchema.parse({
      title: 'T',
      authors: ['Qipeng Wang'],
      venue: { short: 'arXiv' },
      date: 2024,
      type: 'preprint',
      order: 2,
    });
    assert.deepEqual(parsed.links, {});
  });

  test('normalises months and days, and accepts YAML dates', () => {
    assert.deepEqual(publicationSchema.parse({ ...publication, date: '2024-02' }).date, {
      year: 2024,
      month: 2,
    });
    assert.deepEqual(
      publicationSchema.parse({ ...publication, date: new Date('2022-06-27') }).date,
      { year: 2022, month: 6, day: 27 },
    );
  });

  test('accepts Unicode names and titles with LaTeX characters', () => {
    const parsed = publicationSchema.parse({
      ...publication,
      title: 'Costs $5 & 10% of {x}_y',
      authors: ['王启鹏', 'Łukasz Ñandú', 'Qipeng Wang'],
    });
    assert.equal(parsed.title, 'Costs $5 & 10% of {x}_y');
  });

  const missing = (key: keyof PublicationInput) =>
    Object.fromEntries(Object.entries(publication).filter(([name]) => name !== key));

  test('names a missing required field', () => {
    assertProblem(publicationSchema, missing('title'), 'title', /title as text/);
    assertProblem(publicationSchema, missing('venue'), 'venue', /expected object/i);
    assertProblem(publicationSchema, missing('order'), 'order', /whole number/);
  });

  test('rejects an unknown or misspelt key instead of dropping it', () => {
    assertProblem(
      publicationSchema,
      { ...publication, slidse: '/files/s.pdf' },
      '(front matter)',
      /unknown field "slidse" \(the fields here: title, authors, /,
    );
    assertProblem(
      publicationSchema,
      { ...publication, links: { slidse: '/files/s.pdf' } },
      'links',
      /slidse/,
    );
  });

  test('rejects an empty title and an empty author list', () => {
    assertProblem(
      publicationSchema,
      { ...publication, title: '   ' },
      'title',
      /must not be empty/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, authors: [] },
      'authors',
      /at least one author/,
    );
  });

  test('rejects a year written as text and impossible dates', () => {
    assertProblem(
      publicationSchema,
      { ...publication, date: 'twenty twenty-two' },
      'date',
      /is not a year/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, date: '2023-13-40' },
      'date',
      /not a real calendar date/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, date: '2023-02-30' },
      'date',
      /not a real calendar date/,
    );
  });

  test('rejects malformed and unsafe URLs', () => {
    assertProblem(
      publicationSchema,
      { ...publication, links: { code: 'github.com/x' } },
      'links.code',
      /http\(s\) URL or a site path/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, links: { code: 'javascript:alert(1)' } },
      'links.code',
      /http\(s\) URL/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, venue: { short: 'X', url: 'ftp://x.org/a' } },
      'venue.url',
      /http\(s\) URL/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, links: { pdf: '/files/../secret.pdf' } },
      'links.pdf',
      /site path/,
    );
  });

  test('rejects an unknown type, a bad DOI and a bad arXiv id', () => {
    assertProblem(
      publicationSchema,
      { ...publication, type: 'poster' },
      'type',
      /expected one of: conference, journal/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, doi: 'https://doi.org/10.1145/1' },
      'doi',
      /DOI such as/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, arxiv: 'arXiv:2402' },
      'arxiv',
      /arXiv identifier/,
    );
  });

  test('rejects a DOI or arXiv id that could break out of an export', () => {
    for (const doi of [
      '10.1145/3498361}}@misc{pwned',
      '10.1145/a\\b',
      '10.1145/a b',
      '10.1145/a\u0007b',
    ]) {
      assertProblem(
        publicationSchema,
        { ...publication, doi },
        'doi',
        /DOI such as .*no spaces, braces, backslashes or control characters/,
      );
    }
    for (const arxiv of ['2402.05981}', '2402.05981\\', '2402.05981 x', '2402.05981\u001b']) {
      assertProblem(publicationSchema, { ...publication, arxiv }, 'arxiv', /arXiv identifier/);
    }
  });

  test('rejects a control character in any text field, naming the field and the character', () => {
    const fields: [input: Partial<PublicationInput>, path: string][] = [
      [{ title: 'A Title With a Bell\u0007' }, 'title'],
      [{ authors: ['Qipeng Wang', 'Esc\u001b Ape'] }, 'authors.1'],
      [{ authors: [{ name: 'Start\u0001 Here', equal: true }] }, 'authors.0.name'],
      [{ venue: { short: "MobiSys'22\u0008" } }, 'venue.short'],
      [{ venue: { short: "MobiSys'22", name: 'Mobile\u000bSystems' } }, 'venue.name'],
      [{ publisher: 'ACM\u007f' }, 'publisher'],
      [{ volume: '2\u0085' }, 'volume'],
      [
        { links: { extra: [{ label: 'Lone \ud800', url: 'https://example.org/' }] } },
        'links.extra.0.label',
      ],
    ];
    for (const [input, path] of fields) {
      assertProblem(
        publicationSchema,
        { ...publication, ...input },
        path,
        /contains (a control character \(U\+00[0-9A-F]{2}\)|a character that is not text \(U\+D800\)) that cannot be shown; remove it$/,
      );
    }
    assert.deepEqual(
      problems(publicationSchema, { ...publication, title: 'A Title With a Bell\u0007' }),
      ['title: the title contains a control character (U+0007) that cannot be shown; remove it'],
    );
    assert.equal(
      publicationSchema.parse({ ...publication, title: 'Tabs\tand\nline ends\r are text' }).title,
      'Tabs\tand\nline ends\r are text',
    );
  });

  test('accepts a literal author name', () => {
    assert.deepEqual(
      publicationSchema.parse({
        ...publication,
        authors: ['Qipeng Wang', { name: 'Alice and Bob', literal: true }],
      }).authors[1],
      {
        name: 'Alice and Bob',
        literal: true,
      },
    );
    assertProblem(
      publicationSchema,
      { ...publication, authors: [{ name: 'Alice and Bob', literal: 'yes' }] },
      'authors.0',
      /expected an author name, or \{ name: "…", .*literal\?: true \}/,
    );
  });

  test('rejects an author object with a typo in a mark', () => {
    assertProblem(
      publicationSchema,
      { ...publication, authors: [{ name: 'Qipeng Wang', equl: true }] },
      'authors.0',
      /unknown field "equl": did you mean "equal"\?/,
    );
    assertProblem(
      publicationSchema,
      { ...publication, authors: [42] },
      'authors.0',
      /expected an author name/,
    );
  });

  test('rejects a redirect that is not a site path', () => {
    assertProblem(
      publicationSchema,
      { ...publication, redirectFrom: ['https://evil.example/x'] },
      'redirectFrom.0',
      /path on this site/,
    );
  });
});

describe('links, files and old addresses in front matter', () => {
  /** Each value as written in one field, the field the author is told about, and the message. */
  const refused: [input: Partial<PublicationInput>, field: string, message: string][] = [
    [
      { links: { pdf: '/\\evil.example/' } },
      'links.pdf',
      'a site path may not contain a backslash "\\" (browsers read "/\\host/" as another site); write "/" between folders, e.g. /files/cv.pdf',
    ],
    [
      { links: { pdf: '/%2e%2e/package.json' } },
      'links.pdf',
      'a site path may not contain %2e, %2f or %5c (an encoded ".", "/" or "\\"); write the path without them',
    ],
    [
      { links: { slides: '/files%2Fslides.pdf' } },
      'links.slides',
      'a site path may not contain %2e, %2f or %5c (an encoded ".", "/" or "\\"); write the path without them',
    ],
    [
      { links: { pdf: '/files/100%.pdf' } },
      'links.pdf',
      'a site path has a "%" that does not start an escape such as %20; write a "%" itself as %25',
    ],
    [
      { links: { pdf: '/files/cv\u0007.pdf' } },
      'links.pdf',
      'a site path may not contain control or invisible characters (a tab, a line break, a zero-width space); delete them',
    ],
    [
      { links: { code: 'github.com/x' } },
      'links.code',
      'expected an absolute http(s) URL or a site path starting with "/", e.g. /files/paper.pdf',
    ],
    [
      { links: { code: 'https://github.com\\@evil.example/' } },
      'links.code',
      'a web address may not contain spaces, backslashes or control characters; write a space as %20',
    ],
    [
      { links: { extra: [{ label: 'L', url: 'https://x.org/a b' }] } },
      'links.extra.0.url',
      'a web address may not contain spaces, backslashes or control characters; write a space as %20',
    ],
    [
      { venue: { short: 'V', url: 'https://exa\nmple.org/' } },
      'venue.url',
      'a web address may not contain spaces, backslashes or control characters; write a space as %20',
    ],
    [
      { venue: { short: 'V', url: ' https://example.org/' } },
      'venue.url',
      'a web address may not contain spaces, backslashes or control characters; write a space as %20',
    ],
    [
      { venue: { short: 'V', url: 'https://example.org/\u200b' } },
      'venue.url',
      'a web address may not contain spaces, backslashes or control characters; write a space as %20',
    ],
    [
      { venue: { short: 'V', url: 'javascript:alert(1)' } },
      'venue.url',
      'expected an absolute http(s) URL such as https://example.org/page',
    ],
    [
      { redirectFrom: ['/\\evil.example/'] },
      'redirectFrom.0',
      'a site path may not contain a backslash "\\" (browsers read "/\\host/" as another site); write "/" between folders, e.g. /files/cv.pdf',
    ],
    [
      { redirectFrom: ['/old/', '/old%zz/'] },
      'redirectFrom.1',
      'a site path has a "%" that does not start an escape such as %20; write a "%" itself as %25',
    ],
  ];

  for (const [input, field, message] of refused) {
    test(`${field}: ${JSON.stringify(Object.values(input)[0])}`, () => {
      assert.deepEqual(problems(publicationSchema, { ...publication, ...input }), [
        `${field}: ${message}`,
      ]);
    });
  }

  test('accepts encoded spaces, Unicode and a literal "%" written %25', () => {
    const parsed = publicationSchema.parse({
      ...publication,
      links: {
        pdf: '/files/my%20paper.pdf',
        slides: '/files/café.pdf',
        poster: '/files/100%25.pdf',
      },
      redirectFrom: ['/old%20page/'],
    });
    assert.deepEqual(
      [parsed.links.pdf, parsed.links.slides, parsed.links.poster, parsed.redirectFrom],
      ['/files/my%20paper.pdf', '/files/café.pdf', '/files/100%25.pdf', ['/old%20page/']],
    );
  });
});

describe('experience schema', () => {
  const experience = {
    role: 'Research Intern',
    organization: 'Microsoft Research Asia',
    start: '2022-04',
    end: '2023-07',
  };

  test('accepts an entry and fills defaults', () => {
    const parsed = experienceSchema.parse(experience);
    assert.deepEqual(parsed.mentors, []);
    assert.deepEqual(parsed.honors, []);
  });

  test('rejects impossible months and an end before the start', () => {
    assertProblem(experienceSchema, { ...experience, start: '2022-13' }, 'start', /YYYY-MM/);
    assertProblem(experienceSchema, { ...experience, end: '2021-01' }, 'end', /before start/);
  });

  test('rejects a mentor link that is not a URL', () => {
    assertProblem(
      experienceSchema,
      { ...experience, mentors: [{ name: 'Ting Cao', url: 'not a url' }] },
      'mentors.0.url',
      /http\(s\) URL/,
    );
  });
});

describe('teaching schema', () => {
  const teaching = {
    role: 'Teaching Assistant',
    course: 'C++',
    institution: 'Peking University',
    terms: ['Fall 2020'],
  };

  test('accepts an entry', () => {
    assert.deepEqual(teachingSchema.parse(teaching).terms, ['Fall 2020']);
  });

  test('rejects a malformed term and an empty list of terms', () => {
    assertProblem(
      teachingSchema,
      { ...teaching, terms: ['Fall 20222'] },
      'terms.0',
      /four-digit year/,
    );
    assertProblem(teachingSchema, { ...teaching, terms: [] }, 'terms', /at least one term/);
  });

  test('rejects an audience size that is not a whole number', () => {
    assertProblem(
      teachingSchema,
      { ...teaching, audience: { size: 'many', description: 'students' } },
      'audience.size',
      /whole number/,
    );
  });
});

describe('page and site schemas', () => {
  test('a page needs a permalink that is a site path', () => {
    assert.equal(pageSchema.parse({ title: 'About Me', permalink: '/' }).profileCard, false);
    assertProblem(
      pageSchema,
      { title: 'About Me', permalink: 'about' },
      'permalink',
      /starting with "\/"/,
    );
  });

  test('the site config names a bad email and a bad URL', () => {
    const site = {
      title: 'T',
      url: 'https://qipengwang.github.io',
      locale: 'en-US',
      description: 'D',
      author: { name: 'N', bio: 'B', affiliation: 'A' },
    };
    assert.ok(siteSchema.parse(site));
    assertProblem(
      siteSchema,
      { ...site, author: { ...site.author, email: 'wangqipeng at pku' } },
      'author.email',
      /email address/,
    );
    assertProblem(siteSchema, { ...site, url: 'qipengwang.github.io' }, 'url', /http\(s\) URL/);
    // The GitHub Pages project-site mistake: the folder belongs in base, or every link breaks.
    assertProblem(
      siteSchema,
      { ...site, url: 'https://ana.example.org/homepage/' },
      'url',
      /without a path, e\.g\. https:\/\/example\.org; put a folder such as \/homepage\/ in base instead/,
    );
  });

  test('a minimal owner file takes the defaults of every later field', () => {
    const site = siteSchema.parse({
      title: 'T',
      url: 'https://example.org',
      locale: 'en-US',
      description: 'D',
      author: { name: 'N', bio: 'B', affiliation: 'A' },
    });
    assert.equal(site.base, '/');
    assert.deepEqual(site.author.nameVariants, []);
    assert.deepEqual(site.navigation, [
      { label: 'About', path: '/' },
      { label: 'Publications', path: '/publications/' },
      { label: 'Posts', path: '/posts/' },
      { label: 'News', path: '/news/' },
      { label: 'Talks', path: '/talks/' },
      { label: 'Projects', path: '/projects/' },
      { label: 'CV', path: '/cv/' },
    ]);
    assert.deepEqual(site.lists, {
      publicationsPerPage: 150,
      aboutPublications: 30,
      aboutNews: 5,
      aboutPosts: 3,
    });
    assert.deepEqual(site.venues, []);
    assert.equal(site.paperSize, 'A4');
  });

  test('the owner file names a bad base path, menu target, list limit, venue pattern and paper size', () => {
    const site = {
      title: 'T',
      url: 'https://example.org',
      locale: 'en-US',
      description: 'D',
      author: { name: 'N', bio: 'B', affiliation: 'A' },
    };
    assertProblem(siteSchema, { ...site, base: '/homepage' }, 'base', /starts and ends with "\/"/);
    assertProblem(siteSchema, { ...site, base: 'homepage/' }, 'base', /starts and ends with "\/"/);
    assertProblem(
      siteSchema,
      { ...site, base: '/../../' },
      'base',
      /without "\." or "\.\." folders/,
    );
    assertProblem(
      siteSchema,
      { ...site, navigation: [{ label: 'CV', path: 'cv.pdf' }] },
      'navigation.0.path',
      /starting with "\/"/,
    );
    assertProblem(siteSchema, { ...site, navigation: [] }, 'navigation', /at least one page/);
    assertProblem(
      siteSchema,
      { ...site, lists: { publicationsPerPage: 1.5 } },
      'lists.publicationsPerPage',
      /whole number/,
    );
    assert.deepEqual(
      problems(siteSchema, { ...site, lists: { aboutNews: -1, publicationsPerPage: 0 } }),
      [
        'lists.publicationsPerPage: expected a whole number from 1 up, e.g. 150',
        'lists.aboutNews: expected a whole number from 0 up (0: no News section on the About page), e.g. 5',
      ],
    );
    assert.equal(
      siteSchema.parse({ ...site, lists: { aboutNews: 0 } }).lists.aboutNews,
      0,
      '0 is a whole number: no News section on the About page',
    );
    assertProblem(
      siteSchema,
      { ...site, venues: [{ short: 'X', pattern: 'x' }] },
      'venues.0.pattern',
      /regular expression/,
    );
    assertProblem(siteSchema, { ...site, paperSize: 'a4' }, 'paperSize', /A4 or Letter/);
  });
});

describe('education schema', () => {
  const degree = { degree: 'Ph.D.', institution: 'Peking University' };

  test('years are optional; a year or a month is kept as written', () => {
    assert.deepEqual(educationSchema.parse(degree), {
      ...degree,
      inProgress: false,
      advisors: [],
      honors: [],
      redirectFrom: [],
    });
    assert.equal(educationSchema.parse({ ...degree, start: 2019, end: '2024-06' }).start, '2019');
    assert.equal(educationSchema.parse({ ...degree, start: 2019, end: '2024-06' }).end, '2024-06');
  });

  test('refuses a bad month, an end before the start, and an end while in progress', () => {
    assertProblem(
      educationSchema,
      { ...degree, start: '2019-13' },
      'start',
      /month written YYYY-MM with a month from 01 to 12/,
    );
    assertProblem(
      educationSchema,
      { ...degree, start: 2020, end: 2019 },
      'end',
      /end must not be before start/,
    );
    // A year is compared with a month by its year: September 2020 to 2020 is one year, not a reversal.
    assert.ok(educationSchema.safeParse({ ...degree, start: '2020-09', end: 2020 }).success);
    assertProblem(
      educationSchema,
      { ...degree, start: 2021, end: '2020-06' },
      'end',
      /end must not be before start/,
    );
    assertProblem(
      educationSchema,
      { ...degree, end: 2024, inProgress: true },
      'end',
      /a degree in progress has no end/,
    );
    assert.deepEqual(problems(educationSchema, { ...degree, advisor: [] }), [
      '(front matter): unknown field "advisor": did you mean "advisors"?',
    ]);
  });
});

describe('news schema', () => {
  test('a day from YAML or in quotes becomes YYYY-MM-DD', () => {
    assert.deepEqual(newsSchema.parse({ date: new Date('2024-05-01T00:00:00Z') }), {
      date: '2024-05-01',
    });
    assert.deepEqual(newsSchema.parse({ date: '2024-05-01' }), { date: '2024-05-01' });
  });

  test('refuses a day no calendar has and a missing date', () => {
    assertProblem(
      newsSchema,
      { date: '2024-02-30' },
      'date',
      /is not a day written YYYY-MM-DD with a real month and day/,
    );
    assertProblem(newsSchema, {}, 'date', /expected a day written YYYY-MM-DD/);
  });
});

describe('talk schema', () => {
  const talk = {
    title: 'Melon',
    event: 'MobiSys 2022',
    location: 'Portland, OR, USA',
    date: '2022-06-29',
    kind: 'talk',
  };

  test('parses a talk with links', () => {
    assert.deepEqual(
      talkSchema.parse({ ...talk, links: { slides: '/files/melon-slides.pdf' } }).links,
      { slides: '/files/melon-slides.pdf' },
    );
  });

  test('refuses an unknown kind and a link that is neither a URL nor a site path', () => {
    assertProblem(
      talkSchema,
      { ...talk, kind: 'lecture' },
      'kind',
      /expected one of: talk, invited talk, keynote, tutorial, poster, panel/,
    );
    assertProblem(
      talkSchema,
      { ...talk, links: { slides: 'slides.pdf' } },
      'links.slides',
      /expected an absolute http\(s\) URL or a site path/,
    );
  });
});

describe('post schema: the bad input an author writes gets a message naming the field', () => {
  const post = { title: 'T', date: '2025-03-14', description: 'D' };
  const cases: [input: object, field: string, expected: RegExp][] = [
    [{ date: '2025-02-30' }, 'date', /is not a day written YYYY-MM-DD with a real month and day/],
    [{ date: 'March 2025' }, 'date', /YYYY-MM-DD/],
    [{ tags: 'edge-ml' }, 'tags', /expected/],
    [{ tags: ['Edge ML'] }, 'tags.0', /expected a tag in lower case, words joined by hyphens/],
    [{ tags: [{ name: 'edge-ml' }] }, 'tags.0', /expected a tag as text/],
    [{ image: './cover.jpg' }, 'imageAlt', /a cover picture needs imageAlt/],
    [{ image: 3 }, 'image', /expected the path of a picture beside the post/],
    [
      { title: 'Profiling with $\\frac{1$' },
      'title',
      /the title has a formula that cannot be read, \$\\frac\{1\$/,
    ],
    [
      { description: 'Costs $O(n^$ time.' },
      'description',
      /the description has a formula that cannot be read/,
    ],
  ];
  for (const [input, field, expected] of cases)
    test(`${JSON.stringify(input)} → ${field}`, () =>
      assertProblem(postSchema, { ...post, ...input }, field, expected));

  test('a cover with its description, and tags in any script, pass', () => {
    const parsed = postSchema.parse({
      ...post,
      image: './cover.jpg',
      imageAlt: 'A coin cell on a sensor board',
      tags: ['edge-ml', '间歇计算'],
    });
    assert.deepEqual(parsed.tags, ['edge-ml', '间歇计算']);
  });
});
