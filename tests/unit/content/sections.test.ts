import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatEducationWhen, formatYearOrMonth } from '#lib/i18n/dates.ts';
import { sortEducation, sortNews, sortTalks } from '#lib/content/sort-entries.ts';
import { visibleNavigation } from '#lib/routing/navigation.ts';
import { educationSchema, type EducationInput } from '../../../src/schemas/education.ts';

const MENU = [
  { label: 'About', path: '/' },
  { label: 'News', path: '/news/' },
  { label: 'Talks', path: '/talks/' },
  { label: 'Projects', path: '/projects/' },
  { label: 'CV', path: '/cv/' },
];

describe('visibleNavigation', () => {
  const cases: [counts: { news: number; talks: number; projects: number }, labels: string[]][] = [
    [{ news: 0, talks: 0, projects: 0 }, ['About', 'CV']],
    [{ news: 3, talks: 0, projects: 0 }, ['About', 'News', 'CV']],
    [{ news: 0, talks: 1, projects: 0 }, ['About', 'Talks', 'CV']],
    [{ news: 0, talks: 0, projects: 2 }, ['About', 'Projects', 'CV']],
    [{ news: 6, talks: 2, projects: 1 }, ['About', 'News', 'Talks', 'Projects', 'CV']],
  ];
  for (const [counts, labels] of cases) {
    test(`news ${counts.news}, talks ${counts.talks}, projects ${counts.projects} → ${labels.join(', ')}`, () => {
      assert.deepEqual(
        visibleNavigation(MENU, counts).map((item) => item.label),
        labels,
      );
    });
  }
});

describe('education', () => {
  const cases: [input: Partial<EducationInput>, shown: string | undefined][] = [
    [{}, undefined],
    [{ inProgress: true }, 'present'],
    [{ start: 2019, inProgress: true }, '2019 – present'],
    [{ start: '2019-09', end: '2024-06' }, 'Sep 2019 – Jun 2024'],
    [{ end: 2018 }, '2018'],
  ];
  for (const [input, shown] of cases) {
    test(`${JSON.stringify(input)} is shown as ${shown}`, () => {
      assert.equal(
        formatEducationWhen(
          educationSchema.parse({ degree: 'B.S.', institution: 'U', ...input }),
          formatYearOrMonth,
          'present',
        ),
        shown,
      );
    });
  }

  test('degrees in progress first, then by end, undated last', () => {
    const entry = (id: string, input: Partial<EducationInput>) => ({
      id,
      data: educationSchema.parse({ degree: id, institution: 'U', ...input }),
    });
    const sorted = sortEducation([
      entry('bs', {}),
      entry('ms', { end: 2020 }),
      entry('phd', { inProgress: true }),
      entry('ba', { start: 2012, end: 2016 }),
    ]);
    assert.deepEqual(
      sorted.map((item) => item.id),
      ['phd', 'ms', 'ba', 'bs'],
    );
  });

  test('news newest first, by id on the same day', () => {
    const sorted = sortNews([
      { id: 'b', data: { date: '2024-01-02' } },
      { id: 'c', data: { date: '2024-03-01' } },
      { id: 'a', data: { date: '2024-01-02' } },
    ]);
    assert.deepEqual(
      sorted.map((item) => item.id),
      ['c', 'a', 'b'],
    );
  });

  test('talks newest first, by id on the same day', () => {
    const talk = (id: string, date: string) => ({
      id,
      data: {
        title: id,
        event: 'E',
        location: 'Online',
        date,
        kind: 'talk' as const,
        links: {},
        redirectFrom: [],
      },
    });
    const sorted = sortTalks([
      talk('mobisys', '2022-06-29'),
      talk('seminar', '2023-01-10'),
      talk('a-poster', '2022-06-29'),
    ]);
    assert.deepEqual(
      sorted.map((item) => item.id),
      ['seminar', 'a-poster', 'mobisys'],
    );
  });
});
