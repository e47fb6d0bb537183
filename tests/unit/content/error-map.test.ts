import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { closestName, formatIssues, unknownFieldsMessage } from '#lib/content/error-map.ts';

describe('zod issues as messages', () => {
  test('one line per issue, field path first; the whole value by the name given', () => {
    const cases: [
      issues: { path: PropertyKey[]; message: string }[],
      whole: string | undefined,
      lines: string[],
    ][] = [
      [
        [{ path: ['title'], message: 'expected the title' }],
        undefined,
        ['title: expected the title'],
      ],
      [
        [{ path: ['venue', 'short'], message: 'expected the venue label' }],
        undefined,
        ['venue.short: expected the venue label'],
      ],
      [
        [{ path: ['links', 'extra', 0, 'url'], message: 'expected a web address' }],
        undefined,
        ['links.extra.0.url: expected a web address'],
      ],
      [
        [{ path: [], message: 'expected an object' }],
        undefined,
        ['(front matter): expected an object'],
      ],
      [[{ path: [], message: 'expected an object' }], '(root)', ['(root): expected an object']],
      [
        [
          { path: ['date'], message: 'is not a real calendar date' },
          { path: ['order'], message: 'expected a whole number' },
        ],
        undefined,
        ['date: is not a real calendar date', 'order: expected a whole number'],
      ],
      [[], undefined, []],
    ];
    for (const [issues, whole, lines] of cases)
      assert.deepEqual(formatIssues(issues, whole), lines, JSON.stringify(issues));
  });

  test('reads the issues of a real zod parse', () => {
    const result = z
      .strictObject({ year: z.int({ error: 'expected a year' }) })
      .safeParse({ year: 'soon', extra: 1 });
    assert.deepEqual(formatIssues(result.error?.issues ?? []), [
      'year: expected a year',
      '(front matter): Unrecognized key: "extra"',
    ]);
  });

  test('a misspelt field names the field meant, when one is close', () => {
    const known = [
      'title',
      'authors',
      'venue',
      'date',
      'type',
      'order',
      'selected',
      'links',
      'abstract',
    ];
    const cases: [key: string, meant: string | undefined][] = [
      ['selcted', 'selected'],
      ['Selected', 'selected'],
      ['titel', 'title'],
      ['author', 'authors'],
      ['abstarct', 'abstract'],
      ['colour', undefined],
      ['x', undefined],
    ];
    for (const [key, meant] of cases) assert.equal(closestName(key, known), meant, key);
    assert.equal(
      unknownFieldsMessage(['selcted'], known),
      'unknown field "selcted": did you mean "selected"?',
    );
    assert.equal(
      unknownFieldsMessage(['colour'], ['title', 'date']),
      'unknown field "colour" (the fields here: title, date)',
    );
  });
});
