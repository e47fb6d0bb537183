import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { authorIn, perLanguageProblems, textIn } from '#lib/i18n/owner-text.ts';

describe('text of the owner file per language', () => {
  test('a page takes its own translation, else the default language’s', () => {
    const bio = { en: 'Ph.D. Candidate @ PKU', zh: '北京大学博士生' };
    const cases: [value: string | Record<string, string>, code: string, expected: object][] = [
      [bio, 'zh', { text: '北京大学博士生', code: 'zh' }],
      [bio, 'en', { text: 'Ph.D. Candidate @ PKU', code: 'en' }],
      [bio, 'es', { text: 'Ph.D. Candidate @ PKU', code: 'en' }],
      ['Ph.D. Candidate @ PKU', 'zh', { text: 'Ph.D. Candidate @ PKU', code: 'en' }],
      ['Ph.D. Candidate @ PKU', 'en', { text: 'Ph.D. Candidate @ PKU', code: 'en' }],
    ];
    for (const [value, code, expected] of cases)
      assert.deepEqual(textIn(value, code, 'en'), expected, `${JSON.stringify(value)} in ${code}`);
  });

  test('the profile in one language: bio, affiliation and location resolved, the rest kept', () => {
    const author = {
      name: 'Mei Lin',
      bio: { en: 'Assistant Professor', zh: '助理教授' },
      affiliation: 'Northfield University',
      location: { en: 'Northfield, MN', zh: '诺斯菲尔德' },
      github: 'mei',
    };
    assert.deepEqual(authorIn(author, 'zh', 'en'), {
      name: 'Mei Lin',
      bio: '助理教授',
      affiliation: 'Northfield University',
      location: '诺斯菲尔德',
      github: 'mei',
    });
    assert.deepEqual(authorIn({ name: 'N', bio: 'B', affiliation: 'A' }, 'zh', 'en'), {
      name: 'N',
      bio: 'B',
      affiliation: 'A',
    });
  });

  test('names a language the site does not have, and a missing default', () => {
    assert.deepEqual(perLanguageProblems('text', ['en', 'zh']), []);
    assert.deepEqual(perLanguageProblems({ en: 'a', zh: 'b' }, ['en', 'zh']), []);
    assert.deepEqual(perLanguageProblems({ en: 'a', fr: 'b' }, ['en', 'zh']), [
      {
        key: 'fr',
        message:
          '"fr" is not a language of this site (its languages: en, zh); use one of those codes, or add the language to languages',
      },
    ]);
    assert.deepEqual(perLanguageProblems({ zh: 'b' }, ['en', 'zh']), [
      {
        message:
          "has no text in the default language; add en: '…', which the other languages fall back to",
      },
    ]);
  });
});
