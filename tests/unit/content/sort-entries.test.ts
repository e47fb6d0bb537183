import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatAudience } from '#lib/content/audience.ts';
import { sortExperience, sortTeaching } from '#lib/content/sort-entries.ts';
import { experienceSchema } from '../../../src/schemas/experience.ts';
import { teachingSchema } from '../../../src/schemas/teaching.ts';

describe('experience and teaching', () => {
  test('puts ongoing and recent positions first', () => {
    const entry = (id: string, start: string, end?: string) => ({
      id,
      data: experienceSchema.parse({
        role: 'R',
        organization: 'O',
        start,
        ...(end ? { end } : {}),
      }),
    });
    assert.deepEqual(
      sortExperience([
        entry('old', '2019-01', '2019-06'),
        entry('now', '2021-01'),
        entry('mid', '2022-04', '2023-07'),
      ]).map((e) => e.id),
      ['now', 'mid', 'old'],
    );
  });

  test('puts the most recently taught course first and words the audience', () => {
    const entry = (id: string, terms: string[]) => ({
      id,
      data: teachingSchema.parse({ role: 'TA', course: 'C', institution: 'I', terms }),
    });
    assert.deepEqual(
      sortTeaching([entry('a', ['Fall 2020']), entry('b', ['Spring 2021', 'Spring 2019'])]).map(
        (e) => e.id,
      ),
      ['b', 'a'],
    );
    assert.equal(
      formatAudience({ size: 120, description: 'undergraduate students' }),
      '120 undergraduate students',
    );
    assert.equal(formatAudience({ description: 'graduate students' }), 'graduate students');
    assert.equal(formatAudience(undefined), undefined);
  });
});
