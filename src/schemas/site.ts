import { z } from 'zod';
import { sitePath, text, webUrl } from './common.ts';

/**
 * The menu a fresh site shows: every section the engine has. Posts, News, Talks and Projects are left out of the
 * header while their collection is empty (src/lib/routing/navigation.ts), so a new site shows none empty.
 */
export const DEFAULT_NAVIGATION = [
  { label: 'About', path: '/' },
  { label: 'Publications', path: '/publications/' },
  { label: 'Posts', path: '/posts/' },
  { label: 'News', path: '/news/' },
  { label: 'Talks', path: '/talks/' },
  { label: 'Projects', path: '/projects/' },
  { label: 'CV', path: '/cv/' },
];

/**
 * The owner file (src/site.config.ts): everything about the owner and this site. Every field
 * added after the first release has a default, so that an older, shorter owner file stays valid.
 */
export const siteSchema = z
  .strictObject({
    /** The site title, used in every `<title>`, e.g. `Qipeng Wang`. */
    title: text('the site title'),
    /**
     * The address the site is published at, without the base path, e.g. `https://qipengwang.github.io`.
     * Canonical links, the feed, the sitemap and JSON-LD are written with it. A build with
     * `SITE_URL=…` set (a preview, a fork) uses that address instead.
     */
    url: webUrl.refine((url) => /^https?:\/\/[^/]+\/?$/.test(url), {
      // A GitHub Pages project site is https://you.github.io/project/: the folder is the base, not part of the address.
      error:
        'expected the address without a path, e.g. https://example.org; put a folder such as /homepage/ in base instead',
    }),
    /**
     * The folder of that address the site lives in, starting and ending with `/`: `/` for a site
     * at the root, e.g. `/homepage/` for `https://example.org/homepage/`. A build with
     * `SITE_BASE=…` set uses that instead.
     */
    base: z
      .string({ error: 'expected the base path as text, e.g. / or /homepage/' })
      .regex(/^\/(?:[\w.~-]+\/)*$/, {
        error: 'expected a base path that starts and ends with "/", e.g. / or /homepage/',
      })
      .refine((base) => !base.split('/').some((folder) => /^\.+$/.test(folder)), {
        error: 'expected a base path without "." or ".." folders, e.g. / or /homepage/',
      })
      .default('/'),
    /** The page language, e.g. `en-US`: the site's one language when `languages` is left out. */
    locale: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'expected a language tag such as en-US' }),
    /**
     * The languages the site is written in, the default first, e.g.
     * `[{ code: 'en', locale: 'en-US', label: 'English' }, { code: 'zh', locale: 'zh-CN', label: '中文' }]`.
     * The first is served at `/`, every other at `/<code>/`, and only where a page has a translation
     * (src/content/pages/<code>/about.mdx); each needs its interface strings in src/i18n/<code>.ts.
     * Left out, the site has one language, made from `locale`.
     */
    languages: z
      .array(
        z.strictObject({
          /** The short name, the folder of its translations and of its pages, e.g. `zh` for /zh/: lower-case letters, digits and hyphens. */
          code: z
            .string({ error: 'expected a language code such as zh' })
            .regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, {
              error:
                'expected a lower-case language code that is safe in a path, such as en, zh or zh-hant',
            }),
          /** The language tag pages in it carry (`<html lang>`, hreflang, dates), e.g. `zh-CN`. */
          locale: z
            .string({ error: 'expected a language tag such as zh-CN' })
            .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
              error: 'expected a language tag such as en-US or zh-CN',
            }),
          /** The language's name in itself, as the language switch shows it, e.g. `中文`. */
          label: text('the language name'),
        }),
      )
      .min(1, { error: 'list at least one language, the default first' })
      .superRefine((languages, context) => {
        languages.forEach((language, index) => {
          if (languages.findIndex((other) => other.code === language.code) !== index) {
            context.addIssue({
              code: 'custom',
              path: [index, 'code'],
              message: `the code "${language.code}" is listed twice; each language once`,
            });
          }
        });
      })
      .optional(),
    /**
     * The language your untranslated content is written in (paper and talk titles, talk
     * abstracts, news), e.g. `en-US` on a Chinese-first site whose papers are in English: pages in
     * another language mark that content with it, so that screen readers switch voice. Default:
     * the default language's locale.
     */
    contentLocale: z
      .string({ error: 'expected a language tag such as en-US' })
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        error: 'expected a language tag such as en-US or zh-CN',
      })
      .optional(),
    /** One sentence for search engines, used where a page has none of its own. */
    description: text('the site description'),
    /** You, as the profile card, the JSON-LD Person and author lists show you. */
    author: z.strictObject({
      /** Your name as the site shows it and as it is written in author lists, e.g. `Qipeng Wang`. */
      name: text('the author name'),
      /**
       * Other spellings of your name in author lists that also mean you, e.g. `['Q. Wang', 'Wang Qipeng']`:
       * the site shows them in bold as yours and the importer marks them as you. Case, accents and dots
       * do not matter.
       */
      nameVariants: z.array(text('a variant of the author name')).default([]),
      /** The name in Chinese characters, e.g. `王启鹏`; shown with lang="zh". */
      nameZh: text('the Chinese name').optional(),
      /** A short line under the name, e.g. `CS Ph.D. Candidate @ PKU`. */
      bio: text('the bio'),
      /** Where you work or study, e.g. `Peking University`. */
      affiliation: text('the affiliation'),
      /** Where you are, e.g. `Beijing, China`. */
      location: text('the location').optional(),
      /** Your email address, e.g. `you@example.org`; shown only as `you [AT] example [DOT] org`, never as a plain address or a `mailto:` link. */
      email: z.email({ error: 'expected an email address' }).optional(),
      /** Your GitHub user name, e.g. `qipengwang`. */
      github: z
        .string()
        .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, {
          error: 'expected a GitHub user name such as qipengwang',
        })
        .optional(),
      /** Your Google Scholar profile: the `user=` value of its address, e.g. `R1RGh24AAAAJ` from `https://scholar.google.com/citations?user=R1RGh24AAAAJ`. */
      googleScholar: z
        .string()
        .regex(/^[A-Za-z0-9_-]{12}$/, {
          error:
            'expected the 12 characters after user= in your Google Scholar address, e.g. R1RGh24AAAAJ',
        })
        .optional(),
      /** Your ORCID iD, e.g. `0000-0002-1825-0097`. */
      orcid: z
        .string()
        .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, {
          error: 'expected an ORCID iD such as 0000-0002-1825-0097',
        })
        .optional(),
      /** Your ResearchGate profile name, as in its address, e.g. `Qipeng-Wang` from `https://www.researchgate.net/profile/Qipeng-Wang`. */
      researchgate: z
        .string()
        .regex(/^[\p{L}\p{N}_.-]{2,100}$/u, {
          error: 'expected the profile name from your ResearchGate address, e.g. Qipeng-Wang',
        })
        .optional(),
      /** Your Semantic Scholar author page, e.g. `https://www.semanticscholar.org/author/2154567`. */
      semanticScholar: webUrl.optional(),
      /** Your arXiv author page, e.g. `https://arxiv.org/a/wang_q_1`. */
      arxiv: webUrl.optional(),
      /** Your PubMed author search or bibliography, e.g. `https://pubmed.ncbi.nlm.nih.gov/?term=Wang+Q`. */
      pubmed: webUrl.optional(),
      /** Your Scopus author page, e.g. `https://www.scopus.com/authid/detail.uri?authorId=57190000000`. */
      scopus: webUrl.optional(),
      /** Your LinkedIn profile name, as in its address, e.g. `qipengwang` from `https://www.linkedin.com/in/qipengwang/`. */
      linkedin: z
        .string()
        .regex(/^[A-Za-z0-9-]{3,100}$/, {
          error: 'expected the name from your LinkedIn address, e.g. qipengwang',
        })
        .optional(),
      /** Your X (Twitter) user name, without `@`, e.g. `qipengwang`. */
      twitter: z
        .string()
        .regex(/^[A-Za-z0-9_]{1,15}$/, {
          error: 'expected an X (Twitter) user name such as qipengwang, without @',
        })
        .optional(),
      /** Your Bluesky handle, e.g. `qipengwang.bsky.social`. */
      bluesky: z
        .string()
        .regex(/^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i, {
          error: 'expected a Bluesky handle such as qipengwang.bsky.social',
        })
        .optional(),
      /** Your Mastodon account, e.g. `@qipeng@mastodon.social`. */
      mastodon: z
        .string()
        .regex(/^@?[A-Za-z0-9_]{1,30}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i, {
          error: 'expected a Mastodon account such as @qipeng@mastodon.social',
        })
        .optional(),
      /** Another homepage of yours, e.g. `https://example.org/~qipeng`. */
      website: webUrl.optional(),
      /** More profiles, each `{ label, url }`, shown after the others, e.g. `[{ label: "Kaggle", url: "https://www.kaggle.com/qipeng" }]`. */
      otherProfiles: z
        .array(
          z.strictObject({
            /** The link's text, e.g. `Kaggle`. */
            label: text('a profile label'),
            /** The profile's address, e.g. `https://www.kaggle.com/qipeng`. */
            url: webUrl,
          }),
        )
        .optional(),
      /**
       * A picture's file name in src/assets/, e.g. `profile.jpg`; it is resized and served as
       * AVIF and WebP. Without one the card shows your initials.
       */
      avatar: z
        .string()
        .regex(/^[\w.-]+\.(png|jpe?g|webp|avif)$/i, {
          error: 'expected the file name of a picture in src/assets/, such as profile.jpg',
        })
        .optional(),
    }),
    /**
     * The links in the header, in order: a label and a path on this site, e.g.
     * `[{ label: 'About', path: '/' }, { label: 'Publications', path: '/publications/' }, { label: 'CV', path: '/cv/' }]`.
     * A link to `/posts/`, `/news/`, `/talks/` or `/projects/` is shown only while there is a post, news, a talk
     * or a project to list; a link to a page of your own (`/research/`) names it in the menu.
     */
    navigation: z
      .array(
        z.strictObject({
          /** The link's text, e.g. `Publications`. */
          label: text('the menu label'),
          /** The page it leads to, a path on this site, e.g. `/publications/`. */
          path: sitePath,
          /**
           * The label in the site's other languages, by code, e.g. `{ zh: '博客' }`. The engine's own
           * pages (/, /publications/, /posts/, /news/, /talks/, /projects/, /cv/) need none: their labels are
           * interface strings (src/i18n/); nor does a page of your own translated into that language
           * (`src/content/pages/zh/research.mdx`), named by its title. Any other link needs one for each
           * language that has pages.
           */
          labels: z.record(z.string(), text('the menu label in that language')).optional(),
        }),
      )
      .min(1, { error: 'list at least one page in the navigation' })
      .default(DEFAULT_NAVIGATION),
    /** How long lists may grow before they are split or shortened. */
    lists: z
      .strictObject({
        /** A publication list longer than this is split into one page per year, e.g. `150`. */
        publicationsPerPage: z
          .int({ error: 'expected a whole number, e.g. 150' })
          .positive({ error: 'expected a whole number from 1 up, e.g. 150' })
          .default(150),
        /** The About page lists every paper up to this many; beyond it, the selected ones, e.g. `30`. */
        aboutPublications: z
          .int({ error: 'expected a whole number, e.g. 30' })
          .positive({ error: 'expected a whole number from 1 up, e.g. 30' })
          .default(30),
        /** The About page shows this many of the latest news items under "News" (`0`: no News section there); all are at /news/, e.g. `5`. */
        aboutNews: z
          .int({ error: 'expected a whole number, e.g. 5' })
          .nonnegative({
            error:
              'expected a whole number from 0 up (0: no News section on the About page), e.g. 5',
          })
          .default(5),
        /** The About page shows this many of the latest posts under "Latest posts"; all are at /posts/, e.g. `3`. */
        aboutPosts: z.int({ error: 'expected a whole number, e.g. 3' }).positive().default(3),
      })
      .default({ publicationsPerPage: 150, aboutPublications: 30, aboutNews: 5, aboutPosts: 3 }),
    /**
     * Venues the importer labels by a short name, e.g. `{ short: 'MobiSys', pattern: /\bmobile systems applications and services\b|\bmobisys\b/ }`.
     * The pattern is tried on the full name as the BibTeX gives it, in lower case with accents
     * and punctuation folded (`&` becomes `and`); the first match wins, so put a workshop before
     * the conference whose name it contains. Without a match the importer guesses an initialism
     * and says so.
     */
    venues: z
      .array(
        z.strictObject({
          /** The short name the label is made of, e.g. `MobiSys` (an imported paper gets `MobiSys'22`). */
          short: text('the venue short name'),
          /** A regular expression tried on the folded full name, e.g. `/\bmobisys\b/`. */
          pattern: z.instanceof(RegExp, {
            error: 'expected a regular expression, e.g. /\bmobisys\b/',
          }),
        }),
      )
      .default([]),
    /** The paper size pages are printed on: `A4` or `Letter`. */
    paperSize: z.enum(['A4', 'Letter'], { error: 'expected A4 or Letter' }).default('A4'),
    /** Citation counts from src/data/citations.json, which `npm run citations` writes. */
    citations: z
      .strictObject({
        /**
         * Show "Cited by N" on papers, the total in the profile card and on the CV, and a "Most
         * cited" list, e.g. `false` to hide them all. On by default: nothing shows until
         * src/data/citations.json exists.
         */
        show: z.boolean({ error: 'expected true or false' }).default(true),
        /**
         * An address of yours that `npm run citations` gives Crossref, so that its requests go to
         * Crossref's "polite pool", e.g. `you@example.org`; used for nothing else and never shown.
         */
        crossrefContact: z.email({ error: 'expected an email address' }).optional(),
      })
      .default({ show: true }),
    /** What the Content-Security-Policy may allow beyond the site's own code. */
    security: z
      .strictObject({
        /**
         * Inline code of your own, written in a page's MDX body, that the Content-Security-Policy
         * may allow: the `sha256-…` hashes the build prints when it refuses a script or style it
         * does not know, e.g. `['sha256-AbC…=']`. Off by default: an unknown inline script stops
         * the build, since text from outside (an imported .bib) must never run.
         */
        allowInlineCode: z
          .array(
            z.string().regex(/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/, {
              error: 'expected a hash as the build prints it, e.g. sha256-AbC…=',
            }),
          )
          .default([]),
      })
      .default({ allowInlineCode: [] }),
  })
  .superRefine((site, context) => {
    // Pages outside any language (redirects, the CV PDF) carry `locale`; it must be the default language's.
    const first = site.languages?.[0];
    if (first && first.locale !== site.locale) {
      context.addIssue({
        code: 'custom',
        path: ['locale'],
        message: `the page language "${site.locale}" differs from the default language's "${first.locale}" (languages[0]); make them the same`,
      });
    }
  });

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
