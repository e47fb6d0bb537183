import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatMonth, formatPublicationDate, isoPublicationDate } from '#lib/i18n/dates.ts';

describe('dates', () => {
  test('formats months and publication dates', () => {
    assert.equal(formatMonth('2022-04', 'en-GB'), 'April 2022');
    assert.equal(formatPublicationDate({ year: 2022 }, 'en-GB'), '2022');
    assert.equal(formatPublicationDate({ year: 2024, month: 2 }, 'en-GB'), 'February 2024');
    assert.equal(formatPublicationDate({ year: 2022, month: 6, day: 27 }, 'en-GB'), '27 June 2022');
    assert.equal(isoPublicationDate({ year: 2024, month: 2 }), '2024-02');
    assert.equal(isoPublicationDate({ year: 2022, month: 6, day: 7 }), '2022-06-07');
  });
});
