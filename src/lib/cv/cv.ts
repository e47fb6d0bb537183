import type { Education } from '../../schemas/education.ts';
import type { Experience } from '../../schemas/experience.ts';
import { publicationTypes, type Publication } from '../../schemas/publication.ts';
import type { Site } from '../../schemas/site.ts';
import type { Talk } from '../../schemas/talk.ts';
import type { Teaching } from '../../schemas/teaching.ts';
import { markLegend, resolveAuthors } from '../publications/authors.ts';
import type { CvDocument, CvItem, CvRun, CvSection } from './cv-document.ts';
import { obfuscateEmail } from '../profile/email.ts';
import { profileLinks, type ProfileHandles } from '../profile/profile-links.ts';
import { formatAudience } from '../content/audience.ts';
import {
  formatEducationWhen,
  formatShortDay,
  formatYearOrMonth,
  isoPublicationDate,
  shortDates,
} from '../i18n/dates.ts';
import { translator, type StringKey, type Translate } from '../i18n/i18n.ts';
import { mathPlainText } from '../markdown/math-plain-text.ts';
import { paperUrl, publicationLinks } from '../publications/publications.ts';
import { typeHeadingKey } from '../publications/publication-views.ts';

/** An entry as a collection gives it: its id and its checked front matter. */
interface Entry<T> {
  id: string;
  data: T;
}

/** Everything the CV is made of; the caller gathers it (the /cv/ page, the PDF script), this module only arranges it. */
export interface CvInput {
  /** The owner file's parts the CV shows, the bio and affiliation in the CV's language (`authorIn`). */
  site: Pick<Site, 'locale' | 'paperSize'> & {
    author: Pick<Site['author'], 'name' | 'nameZh' | 'nameVariants' | 'email' | 'github'> &
      ProfileHandles & { bio: string; affiliation: string };
  };
  /** Turns a path on this site (`/`, `/files/melon.pdf`) into an absolute URL; a CV's links must work on paper too. */
  absoluteUrl: (path: string) => string;
  /** True when a file of this site (`/files/melon.pdf`) will be deployed; a link to one that will not is left out, since a CV must not print a dead link. All are kept without it. */
  fileExists?: (path: string) => boolean;
  education: readonly Entry<Education>[];
  experience: readonly Entry<Experience>[];
  publications: readonly Entry<Publication>[];
  teaching: readonly Entry<Teaching>[];
  talks: readonly Entry<Talk>[];
}

const run = (text: string, extra: Omit<CvRun, 'text'> = {}): CvRun => ({ text, ...extra });

/**
 * The words and dates a CV is written in besides its data: the interface strings of one
 * language and how it writes a month and a day. Each section carries its heading's interface
 * string (the page shows it in its language) and its English text (the PDF's, and /cv/'s anchors).
 */
export interface CvWording {
  t: Translate;
  /** `2022-04` → `Apr 2022`, `2019` → `2019`. */
  month: (value: string) => string;
  /** `2022-06-29` → `29 Jun 2022`. */
  day: (value: string) => string;
}

/** The CV in English: the PDF's wording, and /cv/'s. */
export const ENGLISH_CV: CvWording = {
  t: translator('en'),
  month: formatYearOrMonth,
  day: formatShortDay,
};

/** The CV in a language other than English: its interface strings, its dates written by Intl (`2022年4月`, `2022年6月29日`). */
export function cvWording(t: Translate): CvWording {
  return { t, ...shortDates(t('date.locale')) };
}

/** A section's heading: its interface string, and its English text for the PDF and the anchors on /cv/. */
const heading = (titleKey: StringKey) => ({ titleKey, title: translator('en')(titleKey) });

/** `a, b and c` as runs, each name linked when it has a URL. */
function people(
  list: readonly { name: string; url?: string | undefined }[],
  { t }: CvWording,
): CvRun[] {
  return list.flatMap((person, index) => [
    run(person.name, person.url ? { href: person.url } : {}),
    ...(index < list.length - 2
      ? [run(t('cv.listSeparator'))]
      : index === list.length - 2
        ? [run(t('experience.and'))]
        : []),
  ]);
}

/** The sortable key of a publication date: `2022-06-27`, `2022-06-00`, `2022-00-00`. */
const dateKey = (date: Publication['date']) =>
  [date.year, date.month ?? 0, date.day ?? 0]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');

/** Links made absolute (a path on this site gets the site's address), without those to files that will not be deployed. */
function cvLinks(
  links: readonly { label: string; href: string }[],
  input: CvInput,
): CvItem['links'] {
  return links.flatMap(({ label, href }) => {
    if (!href.startsWith('/')) return [{ label, href }];
    return input.fileExists && !input.fileExists(href)
      ? []
      : [{ label, href: input.absoluteUrl(href) }];
  });
}

/** The anchor of a section on /cv/: `Conference papers` → `conference-papers`. */
export const cvSectionId = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function educationItem({ id, data }: Entry<Education>, wording: CvWording): CvItem {
  const { t, month } = wording;
  const degree = data.field
    ? t('cv.degreeIn', { degree: data.degree, field: data.field })
    : data.degree;
  const lines: CvRun[][] = [
    [run(degree, { strong: true })],
    [run([data.department, data.institution].filter(Boolean).join(t('cv.listSeparator')))],
  ];
  if (data.advisors.length > 0)
    lines.push([
      run(t(data.advisors.length > 1 ? 'cv.advisors' : 'cv.advisor')),
      ...people(data.advisors, wording),
    ]);
  if (data.thesis) lines.push([run(t('cv.thesis', { thesis: data.thesis }))]);
  const when = formatEducationWhen(data, month, t('experience.present'));
  return { id, lines, ...(when ? { when } : {}), links: [] };
}

function experienceItem({ id, data }: Entry<Experience>, wording: CvWording): CvItem {
  const { t, month } = wording;
  const lines: CvRun[][] = [
    [run(data.role, { strong: true })],
    [run([data.organization, data.team].filter(Boolean).join(t('cv.listSeparator')))],
  ];
  if (data.mentors.length > 0)
    lines.push([
      run(t(data.mentors.length > 1 ? 'cv.mentors' : 'cv.mentor')),
      ...people(data.mentors, wording),
    ]);
  const when = `${month(data.start)} – ${data.end ? month(data.end) : t('experience.present')}`;
  return { id, lines, when, links: [] };
}

function publicationItem(
  { id, data }: Entry<Publication>,
  input: CvInput,
  { t }: CvWording,
): CvItem {
  const authors = resolveAuthors(
    data.authors,
    input.site.author.name,
    input.site.author.nameVariants,
  );
  const authorRuns = authors.flatMap((author, index) => {
    const marks = `${author.equal ? '*' : ''}${author.corresponding ? '†' : ''}`;
    return [
      run(`${author.name}${marks}`, author.isOwner ? { strong: true } : {}),
      ...(index < authors.length - 1 ? [run(', ')] : []),
    ];
  });
  const venue = data.venue.name ? `${data.venue.name} (${data.venue.short})` : data.venue.short;
  const paper = paperUrl(data);
  return {
    id,
    lines: [[run(mathPlainText(data.title), { strong: true })], authorRuns, [run(venue)]],
    when: String(data.date.year),
    links: [
      ...(paper ? [{ label: t('cv.paper'), href: paper }] : []),
      ...cvLinks(
        publicationLinks(data.links).map((link) => ({
          href: link.href,
          label: 'labelKey' in link ? t(link.labelKey) : link.label,
        })),
        input,
      ),
    ],
  };
}

function teachingItem({ id, data }: Entry<Teaching>, { t }: CvWording): CvItem {
  const audience = formatAudience(data.audience);
  return {
    id,
    lines: [
      [run(data.course, { strong: true })],
      [run([data.role, data.institution, audience].filter(Boolean).join(t('cv.listSeparator')))],
    ],
    when: data.terms.join(t('cv.listSeparator')),
    links: [],
  };
}

function talkItem({ id, data }: Entry<Talk>, input: CvInput, { t, day }: CvWording): CvItem {
  const links = (['slides', 'video'] as const).flatMap((kind) =>
    data.links[kind] ? [{ label: t(`links.${kind}`), href: data.links[kind] }] : [],
  );
  return {
    id,
    lines: [
      [run(mathPlainText(data.title), { strong: true })],
      [run([t(`talk.${data.kind}`), data.event, data.location].join(t('cv.listSeparator')))],
    ],
    when: day(data.date),
    links: cvLinks(links, input),
  };
}

/** Honors from every education and experience entry, in the order those sections show them, each with where it came from. */
function honorItems(input: CvInput, { t }: CvWording): CvItem[] {
  return [
    ...input.education.flatMap(({ id, data }) =>
      data.honors.map((honor) => ({
        id,
        honor,
        from: [data.degree, data.institution].join(t('cv.listSeparator')),
      })),
    ),
    ...input.experience.flatMap(({ id, data }) =>
      data.honors.map((honor) => ({
        id,
        honor,
        from: [data.role, data.organization].join(t('cv.listSeparator')),
      })),
    ),
  ].map(({ honor, from }) => ({ lines: [[run(honor, { strong: true })], [run(from)]], links: [] }));
}

/** Newest first within a type, then the author's order. */
function publicationSections(input: CvInput, wording: CvWording): CvSection[] {
  return publicationTypes.flatMap((type) => {
    const entries = input.publications
      .filter((entry) => entry.data.type === type)
      .sort(
        (a, b) =>
          dateKey(b.data.date).localeCompare(dateKey(a.data.date)) ||
          a.data.order - b.data.order ||
          a.id.localeCompare(b.id),
      );
    if (entries.length === 0) return [];
    const authors = entries.flatMap((entry) =>
      resolveAuthors(entry.data.authors, input.site.author.name, input.site.author.nameVariants),
    );
    const legend = cvLegend(authors, wording);
    return [
      {
        ...heading(typeHeadingKey(type)),
        ...(legend.length > 0 ? { note: legend.join('; ') } : {}),
        items: entries.map((entry) => publicationItem(entry, input, wording)),
      },
    ];
  });
}

/** The marks' legend in the CV's language: `* equal contribution; † corresponding author`. */
function cvLegend(authors: ReturnType<typeof resolveAuthors>, { t }: CvWording): string[] {
  return markLegend(authors).map((key) => t(key));
}

/** The newest date the entries carry, as `YYYY-MM-DD` (a month counts as its first day, a year as 1 January); `1970-01-01` when there is none. */
function newestDate(input: CvInput): string {
  const toDay = (value: string) => [...value.split('-'), '01', '01'].slice(0, 3).join('-');
  const dates = [
    ...input.publications.map((entry) => isoPublicationDate(entry.data.date)),
    ...input.experience.flatMap((entry) => [entry.data.start, entry.data.end ?? '']),
    ...input.education.flatMap((entry) => [entry.data.start ?? '', entry.data.end ?? '']),
    ...input.talks.map((entry) => entry.data.date),
  ]
    .filter(Boolean)
    .map(toDay);
  return dates.sort().at(-1) ?? '1970-01-01';
}

/**
 * The CV as data, the one source of `/cv/` and `/files/cv.pdf`. Entries come in the order
 * given (the site's sorted lists), except publications, which a CV groups by type, newest first.
 * Sections without entries are left out.
 */
export function buildCvDocument(input: CvInput, wording: CvWording = ENGLISH_CV): CvDocument {
  const { author } = input.site;
  const contact: CvRun[][] = [
    ...(author.email ? [[run(obfuscateEmail(author.email))]] : []),
    [run(input.absoluteUrl('/'), { href: input.absoluteUrl('/') })],
    ...(author.github
      ? [[run(`github.com/${author.github}`, { href: `https://github.com/${author.github}` })]]
      : []),
    // Every other profile the owner set, as an address a reader of the paper copy can type.
    ...profileLinks(author, wording.t('profile.website')).map(({ href }) => [
      run(href.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, ''), { href }),
    ]),
  ];
  const sections: CvSection[] = [
    {
      ...heading('cv.education'),
      items: input.education.map((entry) => educationItem(entry, wording)),
    },
    {
      ...heading('cv.experience'),
      items: input.experience.map((entry) => experienceItem(entry, wording)),
    },
    ...publicationSections(input, wording),
    {
      ...heading('cv.teaching'),
      items: input.teaching.map((entry) => teachingItem(entry, wording)),
    },
    { ...heading('cv.talks'), items: input.talks.map((talk) => talkItem(talk, input, wording)) },
    { ...heading('cv.honors'), items: honorItems(input, wording) },
  ];
  return {
    name: author.name,
    ...(author.nameZh ? { nameZh: author.nameZh } : {}),
    headline: `${author.bio} · ${author.affiliation}`,
    contact,
    sections: sections.filter((section) => section.items.length > 0),
    asOf: newestDate(input),
    paperSize: input.site.paperSize,
    lang: input.site.locale,
  };
}
