import { SCAFFOLDS, type ScaffoldName } from '#lib/content/kinds.ts';
import { yamlScalar } from './frontmatter.ts';
import { slugify } from './slug.ts';

/** The words `npm run new` takes: each kind of src/lib/content/kinds.ts with a `scaffold`. */
export const ENTRY_KINDS = Object.keys(SCAFFOLDS) as ScaffoldName[];
export type EntryKind = ScaffoldName;

/** What a new entry starts from; every value is optional and has a placeholder. */
export interface TemplateValues {
  /** Publication and talk: the title; experience: the role; teaching: the course; education: the degree. */
  title?: string | undefined;
  /** Publication: the venue label, e.g. `MobiSys'25`. */
  venue?: string | undefined;
  /** Publication: the year. */
  year?: number | undefined;
  /** Publication: the kind (conference, journal, …). */
  type?: string | undefined;
  /** Experience: the organisation. */
  org?: string | undefined;
  /** Experience and project: the first month, `YYYY-MM`. */
  start?: string | undefined;
  /** Teaching and education: the institution. */
  institution?: string | undefined;
  /** Teaching: the first term, e.g. `Fall 2025`. */
  term?: string | undefined;
  /** Talk: the event, e.g. `MobiSys 2025`. */
  event?: string | undefined;
  /** News and talk: the day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Page: the file name, which its permalink follows (`research` → `/research/`). */
  slug?: string | undefined;
}

/** What the template needs to know of the site and of today. */
export interface TemplateContext {
  ownerName: string;
  affiliation: string;
  /** The `order` a new publication gets: the next free one. */
  nextOrder: number;
  today: Date;
}

const q = yamlScalar;

/** The term a date falls in: January–May Spring, June–August Summer, else Fall. */
export function termOf(date: Date): string {
  const month = date.getUTCMonth() + 1;
  return `${month <= 5 ? 'Spring' : month <= 8 ? 'Summer' : 'Fall'} ${date.getUTCFullYear()}`;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

const monthOf = (date: Date) =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;

/** The file name (without extension) a new entry gets when no `--slug` is given. */
export function templateSlug(kind: EntryKind, values: TemplateValues): string {
  const fromTitle = values.title
    ? slugify(
        kind === 'experience' && values.org ? `${values.org} ${values.title}` : values.title,
        6,
      )
    : '';
  return fromTitle || `new-${kind}`;
}

/**
 * A new entry: every field present, required ones with a value that passes the schema (so
 * the site still builds) and that the author replaces, optional ones commented out, each
 * with a comment saying what it is.
 */
export function entryTemplate(
  kind: EntryKind,
  values: TemplateValues,
  context: TemplateContext,
): string {
  return TEMPLATES[kind](values, context);
}

/** One template per kind `npm run new` makes: a kind given a `scaffold` in the registry does not compile until it has one here. */
const TEMPLATES: Record<EntryKind, (values: TemplateValues, context: TemplateContext) => string> = {
  publication: publicationTemplate,
  experience: experienceTemplate,
  teaching: teachingTemplate,
  education: educationTemplate,
  news: newsTemplate,
  talk: talkTemplate,
  post: postTemplate,
  page: pageTemplate,
  project: projectTemplate,
};

function publicationTemplate(values: TemplateValues, context: TemplateContext): string {
  const year = values.year ?? context.today.getUTCFullYear();
  return `---
# A publication. Replace the placeholders; remove "# " in front of an optional field to use it.
# \`npm run check\` names the file and field of any mistake. Fields: docs/fields.md.

# The title, without a trailing full stop (in quotes if it contains ": ").
title: ${q(values.title ?? 'Title of the paper')}
# The authors in the paper's order. Your name as in src/site.config.ts is recognised (and
# shown in bold); if the paper spells it differently write { name: "Q. Wang", owner: true }.
# Marks: { name: "…", equal: true } for equal contribution (*), corresponding: true (†),
# and url (a web address) to link a name.
authors:
  - ${q(context.ownerName)}
  # - Co-Author Name
  # - name: Another Author
  #   corresponding: true
venue:
  # The label shown in brackets, e.g. MobiSys'22, TMC'22, arXiv, EMDL@MobiSys'21.
  short: ${q(values.venue ?? `TBD'${String(year).slice(-2)}`)}
  # The full name of the conference or journal.
  # name: The 20th Annual International Conference on Mobile Systems, Applications and Services
  # Where the label links to: the paper's page at the publisher (else the DOI is used).
  # url: https://dl.acm.org/doi/10.1145/3498361.3538928
# When it appeared: a year (${year}), a month ("${year}-06", in quotes) or a day (${year}-06-27).
date: ${year}
# One of: conference, journal, workshop, preprint, thesis, chapter, report, other.
type: ${q(values.type ?? 'conference')}
# The DOI, without https://doi.org/.
# doi: 10.1145/3498361.3538928
# The arXiv identifier, in quotes.
# arxiv: "2402.05981"
# Links: a web address, or a file of this site put in public/files/ and written /files/NAME.pdf.
# links:
#   pdf: /files/paper.pdf
#   slides: /files/slides.pdf
#   video: https://www.youtube.com/watch?v=VIDEO-ID
#   poster: /files/poster.pdf
#   code: https://github.com/you/repository
#   project: https://example.org/project
#   extra:
#     - label: Artifact
#       url: https://example.org/artifact
# Page range, volume and issue (number), publisher.
# pages: "123--135"
# volume: "23"
# issue: "4"
# publisher: ACM
# A BibTeX key of your own; by default one is made from author, year and title.
# citationKey: wang${year}title
# The position in your list: 1 comes first, each number once. This is the next free one.
order: ${context.nextOrder}
# true features the paper among your selected publications.
selected: false
# Old addresses of this paper's page that must keep working.
# redirectFrom:
#   - /publication/old-address

# The abstract as plain text, shown exactly as written; indent its lines by two spaces.
# (Or write it as Markdown after the closing "---" line below, with \\{, \\} and \\< for
# the characters {, } and <, which MDX reads as code otherwise. Not both.)
# abstract: |-
#   The first paragraph. An empty line between two paragraphs starts the next one.
---
`;
}

function experienceTemplate(values: TemplateValues, context: TemplateContext): string {
  return `---
# A position (internship, job, visit). Replace the placeholders; remove "# " in front of an
# optional field to use it. \`npm run check\` names the file and field of any mistake.

# Your role.
role: ${q(values.title ?? 'Research Intern')}
# The organisation.
organization: ${q(values.org ?? 'Organisation Name')}
# The team or group.
# team: HEX Group
# The first month, in quotes: "YYYY-MM".
start: ${q(values.start ?? monthOf(context.today))}
# The last month, in quotes; leave it out while the position lasts (shown as "present").
# end: "${monthOf(context.today)}"
# The people who mentored you; url is optional.
# mentors:
#   - name: Mentor Name
#     url: https://example.org/mentor
# Awards from this position, as you want them written.
# honors:
#   - Award of Excellent Intern
# Old addresses that must keep working.
# redirectFrom:
#   - /old-address/
---
`;
}

function teachingTemplate(values: TemplateValues, context: TemplateContext): string {
  return `---
# A course you taught. Replace the placeholders; remove "# " in front of an optional field to
# use it. \`npm run check\` names the file and field of any mistake.

# Your role.
role: Teaching Assistant
# The course title.
course: ${q(values.title ?? 'Course Title')}
# Where it was taught.
institution: ${q(values.institution ?? context.affiliation)}
# Who attended: shown as "120 undergraduate students"; size is optional.
# audience:
#   size: 120
#   description: undergraduate students
# The terms taught, in order: Spring, Summer, Fall, Autumn or Winter, and a year.
terms:
  - ${q(values.term ?? termOf(context.today))}
# Old addresses that must keep working.
# redirectFrom:
#   - /old-address/
---
`;
}

function educationTemplate(values: TemplateValues, context: TemplateContext): string {
  return `---
# A degree, finished or under way. Replace the placeholders; remove "# " in front of an
# optional field to use it. \`npm run check\` names the file and field of any mistake.
# The degree, e.g. Ph.D., M.S., B.S.
degree: ${q(values.title ?? 'Ph.D.')}
# The subject; leave it out if the department says it.
# field: Computer Science
# The university.
institution: ${q(values.institution ?? context.affiliation)}
# The school or department.
# department: School of Computer Science
# When it began: a year (2019) or a month in quotes ("2019-09"); may be left out.
# start: 2019
# true while you are still studying for it: shown as "present". Once you have finished,
# replace this line with when it ended, e.g. "end: 2024" (or with nothing).
inProgress: true
# Your advisors, in order; url is optional.
# advisors:
#   - name: Advisor Name
#     url: https://example.org/advisor
# The thesis or dissertation title.
# thesis: Title of the Thesis
# Awards from this degree, as you want them written; the CV lists them under "Honors and awards".
# honors:
#   - Outstanding Graduate
# Old addresses that must keep working.
# redirectFrom:
#   - /old-address/
---
`;
}

function newsTemplate(values: TemplateValues, context: TemplateContext): string {
  return `---
# A news item: the text after the closing "---" line is the item (a sentence or two; Markdown
# links allowed). The latest few are on the About page, all at /news/ and in /news.xml.
# The day it happened, YYYY-MM-DD.
date: ${values.date ?? dayOf(context.today)}
---

${values.title ?? 'Replace this line with the news, e.g. "Our paper on [Melon](/publications/melon-mobisys22/) was accepted to MobiSys 2022."'}
`;
}

function talkTemplate(values: TemplateValues, context: TemplateContext): string {
  return `---
# A talk you gave. Replace the placeholders; remove "# " in front of an optional field to use
# it. \`npm run check\` names the file and field of any mistake.
# The talk's title.
title: ${q(values.title ?? 'Title of the Talk')}
# Where it was given: the conference, seminar or group.
event: ${q(values.event ?? 'Event Name')}
# The city and country, or Online.
location: Online
# The day, YYYY-MM-DD.
date: ${values.date ?? dayOf(context.today)}
# One of: talk, invited talk, keynote, tutorial, poster, panel.
kind: talk
# Links: a web address, or a file of this site put in public/files/ and written /files/NAME.pdf.
# links:
#   slides: /files/slides.pdf
#   video: https://www.youtube.com/watch?v=VIDEO-ID
# What the talk was about, as plain text; indent its lines by two spaces.
# abstract: |-
#   The first paragraph.
# Old addresses that must keep working.
# redirectFrom:
#   - /old-address/
---
`;
}

function projectTemplate(values: TemplateValues, context: TemplateContext): string {
  return `---
# A project, shown as a card at /projects/ and on a page of its own. Replace the placeholders;
# remove "# " in front of an optional field to use it. \`npm run check\` names the file and field
# of any mistake. Fields: docs/fields.md.

# The project's name.
title: ${q(values.title ?? 'Project Name')}
# One or two sentences for its card and its link preview, as plain text.
summary: ${q('What the project does, in one or two sentences.')}
# A picture beside this file (the build makes AVIF and WebP copies), and what it shows.
# image: ./picture.png
# imageAlt: What the picture shows
# The first month (in quotes) or year; the last one, left out while it goes on.
start: ${q(values.start ?? monthOf(context.today))}
# end: "${monthOf(context.today)}"
# One of: active, completed, archived.
# status: active
# Links: a web address, or a file of this site put in public/files/ and written /files/NAME.
# links:
#   code: https://github.com/you/repository
#   demo: https://example.org/demo
#   data: https://example.org/data
#   website: https://example.org/
#   extra:
#     - label: Slides
#       url: /files/slides.pdf
# Words that group it.
# tags:
#   - mobile systems
# The papers of the project, by file name in src/content/publications/ (without .mdx).
# publications:
#   - paper-file-name
# Old addresses that must keep working.
# redirectFrom:
#   - /portfolio/old-address/

# The project's page: write it in Markdown after the closing "---" line below.
---
`;
}

function pageTemplate(values: TemplateValues): string {
  const slug = values.slug ?? templateSlug('page', values);
  return `---
# A page of your own. Replace the placeholders; remove "# " in front of an optional field to use
# it. \`npm run check\` names the file and field of any mistake. Fields: docs/fields.md.

# Its title, the page's heading.
title: ${q(values.title ?? 'Research')}
# Its address, a folder from the site root. Add it to navigation in src/site.config.ts to put it in the menu.
permalink: /${slug}/
# One sentence for search engines and link previews.
# description: What my group works on.
# true shows your profile card beside the page, as on the About page.
profileCard: false
# Old addresses that must keep working.
# redirectFrom:
#   - /${slug}.html
---

The page's text, in Markdown.
`;
}

function postTemplate(values: TemplateValues, context: TemplateContext): string {
  return `---
# A post. Replace the placeholders; remove "# " in front of an optional field to use it.
# \`npm run check\` names the file and field of any mistake. Fields: docs/fields.md.

# The title (in quotes if it contains ": ").
title: ${q(values.title ?? 'Title of the post')}
# The day it is published, YYYY-MM-DD.
date: ${values.date ?? dayOf(context.today)}
# The day it last changed in substance.
# updated: ${dayOf(context.today)}
# One or two sentences for the list of posts, search engines and link previews.
description: ${q('What the post is about, in a sentence.')}
# Tags in lower case, words joined by hyphens; each gets a page at /posts/tags/<tag>/.
tags: []
# true keeps it out of the deployed site while you write; npm run dev still shows it.
draft: true
# A cover picture beside this file (the build makes AVIF and WebP copies), and what it shows.
# image: ./cover.jpg
# imageAlt: What the picture shows
# Old addresses that must keep working.
# redirectFrom:
#   - /2025/06/old-title.html
---

The post, in Markdown: \`code\`, fenced code with a language, and formulas such as $E = mc^2$.
`;
}
