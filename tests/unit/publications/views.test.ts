import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveAuthors } from '#lib/publications/authors.ts';
import {
  aboutPublications,
  isFirstAuthor,
  paginateByYear,
  publicationTypeLabel,
  publicationViews,
} from '#lib/publications/publication-views.ts';
import {
  isReservedPublicationId,
  publicationListPages,
  publicationViewPath,
} from '#lib/routing/routes.ts';
import { publicationSchema, type PublicationInput } from '../../../src/schemas/publication.ts';
import { syntheticPublication } from '../../../scripts/bench/synthetic.ts';
import { readEntry } from '../../../scripts/lib/frontmatter.ts';

const paper = (id: string, input: Partial<PublicationInput> = {}) => ({
  id,
  data: publicationSchema.parse({
    title: id,
    authors: ['Qipeng Wang'],
    venue: { short: 'V' },
    date: 2022,
    type: 'conference',
    order: 1,
    ...input,
  }),
});

describe('publication views', () => {
  test('first author means first, or sharing first authorship', () => {
    const first = (authors: PublicationInput['authors']) =>
      isFirstAuthor(resolveAuthors(authors, 'Qipeng Wang'));
    assert.equal(first(['Qipeng Wang', 'B']), true);
    assert.equal(first(['A', 'Qipeng Wang']), false);
    assert.equal(
      first([
        { name: 'A', equal: true },
        { name: 'Qipeng Wang', equal: true },
      ]),
      true,
    );
    assert.equal(first([{ name: 'A', equal: true }, 'Qipeng Wang']), false);
  });

  test('lists only views that have papers, all first', () => {
    const views = publicationViews(
      [
        paper('a', { selected: true }),
        paper('b', { type: 'journal', authors: ['X', 'Qipeng Wang'] }),
      ],
      'Qipeng Wang',
    );
    assert.deepEqual(
      views.map((view) => [view.slug, view.labelKey, view.entries.map((entry) => entry.id)]),
      [
        ['', 'view.all', ['a', 'b']],
        ['selected', 'view.selected', ['a']],
        ['first-author', 'view.firstAuthor', ['a']],
        ['type/conference', 'type.conference', ['a']],
        ['type/journal', 'type.journal', ['b']],
      ],
    );
    assert.equal(publicationTypeLabel('journal'), 'Journal article');
    assert.equal(publicationTypeLabel('thesis'), 'Thesis');
  });

  test('a short list is one page; a long one gets a page per year', () => {
    const entries = [
      paper('a', { date: 2024 }),
      paper('b', { date: 2021 }),
      paper('c', { date: 2024 }),
    ];
    assert.equal(paginateByYear(entries, 3).length, 1);
    const pages = paginateByYear(entries, 2);
    assert.deepEqual(
      pages.map((page) => [page.slug, page.entries.map((entry) => entry.id)]),
      [
        ['', ['a', 'c']],
        ['2024', ['a', 'c']],
        ['2021', ['b']],
      ],
    );
    assert.deepEqual(pages[0]!.years, [
      { year: 2024, count: 2 },
      { year: 2021, count: 1 },
    ]);
  });

  test('the About page lists everything while short, then the selection', () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      paper(`p${i}`, { order: i + 1, selected: i === 3 }),
    );
    assert.deepEqual(aboutPublications(many, 5), {
      entries: many,
      isAll: true,
      isSelection: false,
    });
    assert.deepEqual(
      aboutPublications(many, 4).entries.map((entry) => entry.id),
      ['p3'],
    );
    assert.deepEqual(
      aboutPublications(
        many.map((entry) => ({ ...entry, data: { ...entry.data, selected: false } })),
        2,
      ).entries.map((entry) => entry.id),
      ['p0', 'p1'],
    );
  });

  test('routes: view paths and reserved ids', () => {
    assert.equal(publicationViewPath(''), '/publications/');
    assert.equal(publicationViewPath('type/journal/2021'), '/publications/type/journal/2021/');
    assert.equal(isReservedPublicationId('2021'), true);
    assert.equal(isReservedPublicationId('selected'), true);
    assert.equal(isReservedPublicationId('melon-mobisys22'), false);
  });

  test('routes: the list pages, split by year past the limit', () => {
    const papers = [
      paper('a', { selected: true, date: 2022 }),
      paper('b', { date: 2021, authors: ['X', 'Qipeng Wang'] }),
      paper('c', { date: 2021, type: 'journal' }),
    ];
    const pages = publicationListPages(papers, 'Qipeng Wang', 2);
    assert.deepEqual(
      pages.map((page) => [page.view, page.paginated, page.page.entries.map((entry) => entry.id)]),
      [
        ['', true, ['a']],
        ['2022', true, ['a']],
        ['2021', true, ['b', 'c']],
        ['selected', false, ['a']],
        ['first-author', false, ['a', 'c']],
        ['type/conference', false, ['a', 'b']],
        ['type/journal', false, ['c']],
      ],
    );
    // An entry id equal to the first segment of one of these pages would take its address.
    assert.deepEqual(
      pages
        .map((page) => page.view.split('/')[0]!)
        .filter((segment) => segment && !isReservedPublicationId(segment)),
      [],
    );
  });
});

describe('benchmark content', () => {
  test('synthetic publications are valid entries, reproducible and realistic', () => {
    const first = syntheticPublication(41, 'Qipeng Wang');
    assert.deepEqual(syntheticPublication(41, 'Qipeng Wang'), first);
    const entry = readEntry(first.mdx);
    const data = publicationSchema.parse(entry.data);
    const body = entry.body;
    assert.ok(data.authors.length >= 3 && data.authors.length <= 20);
    assert.ok(data.authors.includes('Qipeng Wang'));
    const words = body.trim().split(/\s+/).length;
    assert.ok(words >= 150 && words <= 300, `${words} words`);
  });
});
