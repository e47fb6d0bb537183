import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import en from '../../../src/i18n/en.ts';
import {
  contentProblems,
  noEntries,
  type EntryFile,
  type SiteEntries,
} from '#lib/content/content-rules.ts';
import { formatDay, formatMonth, formatPublicationDate } from '#lib/i18n/dates.ts';
import { fillString, interfaceStringProblems, translator } from '#lib/i18n/i18n.ts';
import {
  contentLang,
  languageOfPath,
  localizedPath,
  siteLanguages,
  translationFolder,
} from '#lib/i18n/languages.ts';
import { navigationLabel } from '#lib/routing/navigation.ts';
import { redirectRequests, sitePages } from '#lib/content/site-plan.ts';
import { pageSchema, type Page } from '../../../src/schemas/page.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

const OWNER = 'Mei Lin';
const EN_ZH = [
  { code: 'en', locale: 'en-US', label: 'English' },
  { code: 'zh', locale: 'zh-CN', label: '中文' },
];

const page = (id: string, input: Record<string, unknown> = {}): EntryFile<Page> => ({
  id,
  path: `src/content/pages/${id}.mdx`,
  data: pageSchema.parse({ title: id, permalink: '/', ...input }),
  body: '',
  source: '',
});
const site = (...pages: EntryFile<Page>[]): SiteEntries => ({ ...noEntries(), pages });

describe('interface strings', () => {
  test('English and Chinese have every key', () => {
    assert.deepEqual(interfaceStringProblems('en'), []);
    assert.deepEqual(interfaceStringProblems('zh'), []);
  });

  test('a missing or empty key is named with its language', () => {
    const { 'skip.link': _skip, ...withoutSkip } = en;
    const dictionaries = { en, xx: { ...withoutSkip, 'theme.toggle': ' ' } };
    assert.deepEqual(interfaceStringProblems('xx', dictionaries), [
      'src/i18n/xx.ts: the interface string "skip.link" is missing for the language "xx"; add it (the English is "Skip to content").',
      'src/i18n/xx.ts: the interface string "theme.toggle" is missing for the language "xx"; add it (the English is "Dark theme").',
    ]);
    assert.throws(
      () => translator('xx', dictionaries),
      /Interface strings are missing or wrong:\n {2}- src\/i18n\/xx\.ts: the interface string "skip\.link" is missing for the language "xx"/,
    );
  });

  test('a key that is no interface string, or holes unlike the English, are named with the language', () => {
    const dictionaries = {
      en,
      xx: {
        ...en,
        'nav.cvv': 'CV',
        'about.allPublications': 'All {cont} publications',
        'feed.news': 'News',
      },
    };
    assert.deepEqual(interfaceStringProblems('xx', dictionaries), [
      'src/i18n/xx.ts: "nav.cvv" is not an interface string (the language "xx"); the keys are those of src/i18n/en.ts.',
      'src/i18n/xx.ts: the interface string "feed.news" for the language "xx" has the holes []; keep those of the English "News from {name}".',
      'src/i18n/xx.ts: the interface string "about.allPublications" for the language "xx" has the holes ["cont"]; keep those of the English "All {count} publications".',
    ]);
  });

  test('a language without a file is named', () => {
    assert.deepEqual(interfaceStringProblems('fr'), [
      'src/i18n/fr.ts: the language "fr" has no interface strings; copy src/i18n/en.ts to src/i18n/fr.ts, translate it and list it in src/lib/i18n/i18n.ts.',
    ]);
  });

  test('strings are looked up and filled', () => {
    assert.equal(translator('en')('about.allPublications', { count: 12 }), 'All 12 publications');
    assert.equal(translator('zh')('about.allPublications', { count: 12 }), '全部 12 篇论文');
    assert.equal(translator('zh')('type.journal'), '期刊论文');
    assert.equal(translator('zh')('view.firstAuthor'), '第一作者');
    assert.equal(translator('zh')('cv.honors'), '荣誉与奖励');
    assert.throws(() => fillString('All {count}'), /needs a value for \{count\}/);
  });
});

describe('languages', () => {
  test('one language is made from locale when the owner file lists none', () => {
    assert.deepEqual(siteLanguages({ locale: 'en-US', languages: undefined }), [
      { code: 'en', locale: 'en-US', label: 'English' },
    ]);
    assert.deepEqual(siteLanguages({ locale: 'de-DE', languages: undefined }), [
      { code: 'de', locale: 'de-DE', label: 'Deutsch' },
    ]);
    assert.deepEqual(siteLanguages({ locale: 'en-US', languages: EN_ZH }), EN_ZH);
  });

  test('paths and folders', () => {
    const table: [string, string][] = [
      ['/', 'en'],
      ['/zh/', 'zh'],
      ['/zh/publications/selected/', 'zh'],
      ['/zhong/', 'en'],
      ['/publications/zh/', 'en'],
    ];
    for (const [path, code] of table) assert.equal(languageOfPath(path, EN_ZH).code, code, path);
    assert.equal(localizedPath('/cv/', EN_ZH[1]!, EN_ZH[0]!), '/zh/cv/');
    assert.equal(localizedPath('/cv/', EN_ZH[0]!, EN_ZH[0]!), '/cv/');
    assert.equal(translationFolder('zh/about'), 'zh');
    assert.equal(translationFolder('about'), undefined);
  });

  test('the owner file refuses a repeated or unsafe code, naming the field', () => {
    const base = {
      title: 'T',
      url: 'https://example.org',
      locale: 'en-US',
      description: 'D',
      author: { name: 'N', bio: 'B', affiliation: 'A' },
    };
    const issues = (languages: unknown) =>
      (siteSchema.safeParse({ ...base, languages }).error?.issues ?? []).map(
        (issue) => `${issue.path.join('.')}: ${issue.message}`,
      );
    assert.deepEqual(issues([EN_ZH[0], { code: 'en', locale: 'en-GB', label: 'British' }]), [
      'languages.1.code: the code "en" is listed twice; each language once',
    ]);
    assert.deepEqual(issues([EN_ZH[0], { code: 'ZH', locale: 'zh-CN', label: '中文' }]), [
      'languages.1.code: expected a lower-case language code that is safe in a path, such as en, zh or zh-hant',
    ]);
    assert.deepEqual(issues([{ code: 'zh/../x', locale: 'en-US', label: '中文' }]), [
      'languages.0.code: expected a lower-case language code that is safe in a path, such as en, zh or zh-hant',
    ]);
    assert.deepEqual(issues([]), ['languages: list at least one language, the default first']);
    assert.deepEqual(issues(EN_ZH), []);
    assert.deepEqual(issues([EN_ZH[1], EN_ZH[0]]), [
      'locale: the page language "en-US" differs from the default language\'s "zh-CN" (languages[0]); make them the same',
    ]);
  });

  test('untranslated content is marked with its language only on pages in another language', () => {
    // [page language, content language, lang the content gets]
    const table: [string, string, string | undefined][] = [
      ['en-US', 'en-US', undefined],
      ['zh-CN', 'en-US', 'en-US'],
      ['en-GB', 'en-US', undefined],
      // A Chinese-first site whose papers are in English (contentLocale: 'en-US').
      ['zh-CN', 'en-US', 'en-US'],
      ['en-US', 'zh-CN', 'zh-CN'],
      ['zh-TW', 'zh-CN', undefined],
    ];
    for (const [page, content, expected] of table)
      assert.equal(contentLang(page, content), expected, `${page} page, ${content} content`);
  });

  test('menu labels in another language', () => {
    const t = translator('zh');
    assert.equal(
      navigationLabel({ label: 'Publications', path: '/publications/' }, 'zh', t),
      '论文',
    );
    assert.equal(
      navigationLabel({ label: 'Blog', path: '/blog/', labels: { zh: '博客' } }, 'zh', t),
      '博客',
    );
    assert.throws(
      () => navigationLabel({ label: 'Blog', path: '/blog/' }, 'zh', t),
      /src\/site\.config\.ts: navigation: the link "Blog" \(\/blog\/\) has no label in the language "zh"; add labels: \{ zh: '…' \} to it\./,
    );
  });

  test('dates are written by Intl in the page language', () => {
    assert.equal(formatDay('2024-05-01', 'en-GB'), '1 May 2024');
    assert.equal(formatDay('2024-05-01', 'zh-CN'), '2024年5月1日');
    assert.equal(formatMonth('2022-04', 'en-GB'), 'April 2022');
    assert.equal(formatMonth('2022-04', 'zh-CN'), '2022年4月');
    assert.equal(formatPublicationDate({ year: 2022, month: 6 }, 'zh-CN'), '2022年6月');
    assert.equal(formatPublicationDate({ year: 2022 }, 'zh-CN'), '2022');
  });
});

describe('translated pages', () => {
  test('a translation in a folder that is not a language is named', () => {
    assert.deepEqual(
      contentProblems(site(page('about'), page('fr/about')), OWNER, ['zh']).filter((problem) =>
        problem.includes('fr/'),
      ),
      [
        "src/content/pages/fr/about.mdx: the folder \"fr\" is not a language of the site; add { code: 'fr', … } to languages in src/site.config.ts, or move the file (the default language's pages lie outside any folder).",
      ],
    );
    assert.deepEqual(
      contentProblems(site(page('about'), page('zh/bio')), OWNER, ['zh']).filter((problem) =>
        problem.includes('zh/'),
      ),
      [
        'src/content/pages/zh/bio.mdx: a translation of bio, which src/content/pages/ does not have; a translation has the name of the page it translates.',
      ],
    );
    assert.deepEqual(contentProblems(site(page('about'), page('zh/about')), OWNER, ['zh']), []);
  });

  test('a page in a folder named like a section (blog/) is not taken for a language', () => {
    assert.deepEqual(
      contentProblems(site(page('about'), page('blog/first-post')), OWNER, ['zh']).filter(
        (problem) => problem.includes('blog/'),
      ),
      [
        'src/content/pages/blog/first-post.mdx: "blog" is not a language code; src/content/pages/ holds your pages (research.mdx at its permalink) and their translations, one folder per language (e.g. zh/research.mdx): move the file up into src/content/pages/ and give it a permalink, or, for a post, into src/content/posts/.',
      ],
    );
  });

  test('a translated About page adds its language’s pages, and its redirects lead there', () => {
    const entries = site(page('about'), page('zh/about', { redirectFrom: ['/zh/about/'] }));
    const pages = sitePages(entries, OWNER);
    assert.deepEqual(
      pages.filter((path) => path.startsWith('/zh/')),
      ['/zh/', '/zh/publications/', '/zh/cv/', '/zh/search/'],
    );
    assert.deepEqual(redirectRequests(entries), [
      { from: '/zh/about/', to: '/zh/', declaredIn: 'src/content/pages/zh/about.mdx' },
    ]);
    assert.deepEqual(
      sitePages(site(page('about')), OWNER).filter((path) => path.startsWith('/zh/')),
      [],
    );
  });
});
