import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCvDocument, cvSectionId, cvWording, type CvInput } from '#lib/cv/cv.ts';
import { translator } from '#lib/i18n/i18n.ts';
import { educationSchema } from '../../../src/schemas/education.ts';
import { experienceSchema } from '../../../src/schemas/experience.ts';
import { publicationSchema } from '../../../src/schemas/publication.ts';
import { talkSchema } from '../../../src/schemas/talk.ts';
import { teachingSchema } from '../../../src/schemas/teaching.ts';

const input: CvInput = {
  site: {
    locale: 'en-US',
    paperSize: 'Letter',
    author: {
      name: 'Ada Park',
      nameVariants: ['A. Park'],
      bio: 'Ph.D. Student',
      affiliation: 'Lakeside University',
      email: 'ada@lakeside.example.edu',
      github: 'ada-park',
    },
  },
  absoluteUrl: (path) => `https://ada.example.org${path}`,
  education: [
    {
      id: 'phd',
      data: educationSchema.parse({
        degree: 'Ph.D.',
        field: 'Computer Science',
        institution: 'Lakeside University',
        start: '2021-09',
        inProgress: true,
        advisors: [{ name: 'Ben Ortiz', url: 'https://ortiz.example.org/' }, { name: 'Cy Wu' }],
        honors: ['Lakeside Fellowship'],
      }),
    },
    {
      id: 'bs',
      data: educationSchema.parse({
        degree: 'B.S.',
        institution: 'Hill College',
        department: 'School of Software',
      }),
    },
  ],
  experience: [
    {
      id: 'intern',
      data: experienceSchema.parse({
        role: 'Intern',
        organization: 'Acme Research',
        start: '2023-06',
        end: '2023-09',
        mentors: [{ name: 'Dee Lo' }],
        honors: ['Best Intern'],
      }),
    },
  ],
  publications: [
    {
      id: 'old-conf',
      data: publicationSchema.parse({
        title: 'Old Paper',
        authors: ['A. Park', 'Eve Ng'],
        venue: { short: "Conf'22" },
        date: 2022,
        type: 'conference',
        order: 1,
      }),
    },
    {
      id: 'new-conf',
      data: publicationSchema.parse({
        title: 'New Paper',
        authors: [
          { name: 'Eve Ng', equal: true },
          { name: 'Ada Park', equal: true },
          { name: 'Ben Ortiz', corresponding: true },
        ],
        venue: { short: "Conf'24", name: 'The Conference' },
        date: '2024-05',
        type: 'conference',
        order: 2,
        doi: '10.1000/x',
        links: { pdf: '/files/new.pdf', code: 'https://git.example.org/new' },
      }),
    },
    {
      id: 'preprint',
      data: publicationSchema.parse({
        title: 'A Preprint',
        authors: ['Ada Park'],
        venue: { short: 'arXiv' },
        date: 2023,
        type: 'preprint',
        order: 3,
      }),
    },
  ],
  teaching: [
    {
      id: 'ta',
      data: teachingSchema.parse({
        role: 'TA',
        course: 'Systems',
        institution: 'Lakeside University',
        terms: ['Fall 2022', 'Fall 2023'],
        audience: { size: 80, description: 'students' },
      }),
    },
  ],
  talks: [
    {
      id: 'keynote',
      data: talkSchema.parse({
        title: 'On Small Devices',
        event: 'EdgeConf',
        location: 'Oslo, Norway',
        date: '2024-06-03',
        kind: 'invited talk',
        links: { slides: '/files/small.pdf' },
      }),
    },
  ],
};

describe('buildCvDocument', () => {
  test('makes the whole CV from a small site', () => {
    assert.deepEqual(buildCvDocument(input), {
      name: 'Ada Park',
      headline: 'Ph.D. Student · Lakeside University',
      contact: [
        [{ text: 'ada [AT] lakeside [DOT] example [DOT] edu' }],
        [{ text: 'https://ada.example.org/', href: 'https://ada.example.org/' }],
        [{ text: 'github.com/ada-park', href: 'https://github.com/ada-park' }],
      ],
      sections: [
        {
          titleKey: 'cv.education',
          title: 'Education',
          items: [
            {
              id: 'phd',
              lines: [
                [{ text: 'Ph.D. in Computer Science', strong: true }],
                [{ text: 'Lakeside University' }],
                [
                  { text: 'Advisors: ' },
                  { text: 'Ben Ortiz', href: 'https://ortiz.example.org/' },
                  { text: ' and ' },
                  { text: 'Cy Wu' },
                ],
              ],
              when: 'Sep 2021 – present',
              links: [],
            },
            {
              id: 'bs',
              lines: [
                [{ text: 'B.S.', strong: true }],
                [{ text: 'School of Software, Hill College' }],
              ],
              links: [],
            },
          ],
        },
        {
          titleKey: 'cv.experience',
          title: 'Experience',
          items: [
            {
              id: 'intern',
              lines: [
                [{ text: 'Intern', strong: true }],
                [{ text: 'Acme Research' }],
                [{ text: 'Mentor: ' }, { text: 'Dee Lo' }],
              ],
              when: 'Jun 2023 – Sep 2023',
              links: [],
            },
          ],
        },
        {
          titleKey: 'type.conference',
          title: 'Conference papers',
          note: '* equal contribution; † corresponding author',
          items: [
            {
              id: 'new-conf',
              lines: [
                [{ text: 'New Paper', strong: true }],
                [
                  { text: 'Eve Ng*' },
                  { text: ', ' },
                  { text: 'Ada Park*', strong: true },
                  { text: ', ' },
                  { text: 'Ben Ortiz†' },
                ],
                [{ text: "The Conference (Conf'24)" }],
              ],
              when: '2024',
              links: [
                { label: 'paper', href: 'https://doi.org/10.1000/x' },
                { label: 'pdf', href: 'https://ada.example.org/files/new.pdf' },
                { label: 'code', href: 'https://git.example.org/new' },
              ],
            },
            {
              id: 'old-conf',
              lines: [
                [{ text: 'Old Paper', strong: true }],
                [{ text: 'A. Park', strong: true }, { text: ', ' }, { text: 'Eve Ng' }],
                [{ text: "Conf'22" }],
              ],
              when: '2022',
              links: [],
            },
          ],
        },
        {
          titleKey: 'type.preprint',
          title: 'Preprints',
          items: [
            {
              id: 'preprint',
              lines: [
                [{ text: 'A Preprint', strong: true }],
                [{ text: 'Ada Park', strong: true }],
                [{ text: 'arXiv' }],
              ],
              when: '2023',
              links: [],
            },
          ],
        },
        {
          titleKey: 'cv.teaching',
          title: 'Teaching',
          items: [
            {
              id: 'ta',
              lines: [
                [{ text: 'Systems', strong: true }],
                [{ text: 'TA, Lakeside University, 80 students' }],
              ],
              when: 'Fall 2022, Fall 2023',
              links: [],
            },
          ],
        },
        {
          titleKey: 'cv.talks',
          title: 'Talks',
          items: [
            {
              id: 'keynote',
              lines: [
                [{ text: 'On Small Devices', strong: true }],
                [{ text: 'Invited talk, EdgeConf, Oslo, Norway' }],
              ],
              when: '3 Jun 2024',
              links: [{ label: 'slides', href: 'https://ada.example.org/files/small.pdf' }],
            },
          ],
        },
        {
          titleKey: 'cv.honors',
          title: 'Honors and awards',
          items: [
            {
              lines: [
                [{ text: 'Lakeside Fellowship', strong: true }],
                [{ text: 'Ph.D., Lakeside University' }],
              ],
              links: [],
            },
            {
              lines: [[{ text: 'Best Intern', strong: true }], [{ text: 'Intern, Acme Research' }]],
              links: [],
            },
          ],
        },
      ],
      asOf: '2024-06-03',
      paperSize: 'Letter',
      lang: 'en-US',
    });
  });

  test('leaves out empty sections and falls back to 1970-01-01 with no dates', () => {
    const bare = buildCvDocument({
      ...input,
      site: {
        ...input.site,
        author: {
          name: 'Ada Park',
          nameVariants: [],
          nameZh: '朴艾达',
          bio: 'Student',
          affiliation: 'Hill College',
        },
      },
      education: [input.education[1]!],
      experience: [],
      publications: [],
      teaching: [],
      talks: [],
    });
    assert.deepEqual(
      bare.sections.map((section) => section.title),
      ['Education'],
    );
    assert.equal(bare.asOf, '1970-01-01');
    assert.equal(bare.nameZh, '朴艾达');
    assert.deepEqual(bare.contact, [
      [{ text: 'https://ada.example.org/', href: 'https://ada.example.org/' }],
    ]);
  });

  test('a month counts as its first day, a year as 1 January', () => {
    const asOf = (publications: CvInput['publications'], experience: CvInput['experience']) =>
      buildCvDocument({ ...input, education: [], talks: [], publications, experience }).asOf;
    assert.equal(asOf([input.publications[0]!], []), '2022-01-01');
    assert.equal(asOf([input.publications[0]!], input.experience), '2023-09-01');
  });

  test('leaves out links to files that will not be deployed', () => {
    const cv = buildCvDocument({ ...input, fileExists: (path) => path !== '/files/new.pdf' });
    assert.deepEqual(cv.sections[2]!.items[0]!.links, [
      { label: 'paper', href: 'https://doi.org/10.1000/x' },
      { label: 'code', href: 'https://git.example.org/new' },
    ]);
  });

  test('the contact lines name every profile the owner set, as addresses a reader can type', () => {
    const author = {
      ...input.site.author,
      googleScholar: 'R1RGh24AAAAJ',
      orcid: '0000-0002-1825-0097',
      linkedin: 'ada-park',
      website: 'https://www.lakeside.example.edu/~ada/',
      otherProfiles: [{ label: 'DBLP', url: 'https://dblp.org/pid/00/0000.html' }],
    };
    assert.deepEqual(buildCvDocument({ ...input, site: { ...input.site, author } }).contact, [
      [{ text: 'ada [AT] lakeside [DOT] example [DOT] edu' }],
      [{ text: 'https://ada.example.org/', href: 'https://ada.example.org/' }],
      [{ text: 'github.com/ada-park', href: 'https://github.com/ada-park' }],
      [
        {
          text: 'scholar.google.com/citations?user=R1RGh24AAAAJ',
          href: 'https://scholar.google.com/citations?user=R1RGh24AAAAJ',
        },
      ],
      [{ text: 'orcid.org/0000-0002-1825-0097', href: 'https://orcid.org/0000-0002-1825-0097' }],
      [{ text: 'linkedin.com/in/ada-park', href: 'https://www.linkedin.com/in/ada-park/' }],
      [{ text: 'lakeside.example.edu/~ada', href: 'https://www.lakeside.example.edu/~ada/' }],
      [{ text: 'dblp.org/pid/00/0000.html', href: 'https://dblp.org/pid/00/0000.html' }],
    ]);
  });

  test('section anchors', () => {
    assert.deepEqual(['Education', 'Conference papers', 'Honors and awards'].map(cvSectionId), [
      'education',
      'conference-papers',
      'honors-and-awards',
    ]);
  });
});

describe('the CV in Chinese (/zh/cv/)', () => {
  test('labels, separators and dates are Chinese; names, titles, venues and terms stay as written', () => {
    const cv = buildCvDocument(input, cvWording(translator('zh')));
    const text = (runs: { text: string }[]) => runs.map((run) => run.text).join('');
    const section = (title: string) => cv.sections.find((candidate) => candidate.title === title)!;
    assert.deepEqual(
      section('Education').items.map((item) => [item.lines.map(text), item.when]),
      [
        [
          ['Ph.D.，Computer Science', 'Lakeside University', '导师：Ben Ortiz、Cy Wu'],
          '2021年9月 – 至今',
        ],
        [['B.S.', 'School of Software，Hill College'], undefined],
      ],
    );
    assert.deepEqual(
      section('Experience').items.map((item) => [item.lines.map(text), item.when]),
      [[['Intern', 'Acme Research', '指导：Dee Lo'], '2023年6月 – 2023年9月']],
    );
    const conference = section('Conference papers');
    assert.equal(conference.note, '* 同等贡献; † 通讯作者');
    assert.deepEqual(
      conference.items[0]!.links.map((link) => link.label),
      ['论文', 'PDF', '代码'],
    );
    assert.deepEqual(
      section('Talks').items.map((item) => [
        item.lines.map(text),
        item.when,
        item.links.map((link) => link.label),
      ]),
      [[['On Small Devices', '特邀报告，EdgeConf，Oslo, Norway'], '2024年6月3日', ['幻灯片']]],
    );
    assert.deepEqual(
      section('Teaching').items.map((item) => [item.lines.map(text), item.when]),
      [[['Systems', 'TA，Lakeside University，80 students'], 'Fall 2022，Fall 2023']],
    );
    assert.deepEqual(
      section('Honors and awards').items.map((item) => item.lines.map(text)),
      [
        ['Lakeside Fellowship', 'Ph.D.，Lakeside University'],
        ['Best Intern', 'Intern，Acme Research'],
      ],
    );
  });
});
