/**
 * The lists authors keep in their About page, under a Publications, Experience or Teaching
 * heading, read into entries. An item that reads cleanly leaves the page (the page shows the
 * collection instead); one that does not stays where it was, and the report names its line.
 */
import { normalizeName } from '#lib/text/names.ts';
import type { YamlValue } from '../frontmatter.ts';
import { unescapeMarkdown, type LineNote } from './kramdown.ts';

export type ListKind = 'publications' | 'experience' | 'teaching';

/** One entry read from a list item: its front matter, the line it started on, and what the author should check. */
export interface ListEntry {
  kind: ListKind;
  /** The old site's file it was read from, e.g. `_pages/about.md`. */
  file: string;
  line: number;
  data: { [key: string]: YamlValue };
  checks: string[];
  /** The list it came from: its index in ListReading.sections. */
  section?: number;
}

/** One list of the page: its heading, how many items it showed, and what became of them. */
export interface ListSection {
  kind: ListKind;
  heading: string;
  /** The old site's file, e.g. `_pages/about.md`. */
  file: string;
  /** The heading's line in the old file. */
  line: number;
  /** Items the old page showed. */
  items: number;
  /** Items that stayed in the page's text. */
  kept: number;
}

export interface ListReading {
  /** The page body without the items that became entries (and headings left with nothing under them). */
  body: string;
  entries: ListEntry[];
  /** Items that stayed in the page, each with why. */
  notes: LineNote[];
  sections: ListSection[];
}

/** The headings of the lists read into entries, by kind. */
export const SECTION: [ListKind, RegExp][] = [
  ['publications', /\b(publications?|papers?|preprints?)\b/i],
  ['experience', /\b(experiences?|internships?|employment|positions?|work)\b/i],
  ['teaching', /\bteaching\b/i],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const JOURNALS =
  /^(T[A-Z]{1,5}|IMWUT|CSUR|CACM|JSAC|JMLR|POMACS|PACMPL|PVLDB|TOG|TPAMI|Nature|Science|PNAS)\b/;

/** `April 2022`, `Apr. 2022`, `2022.04`, `2022-04`, `04/2022` → `2022-04`; undefined when it is not a month. */
export function yearMonthOf(text: string): string | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  const named = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(trimmed);
  if (named) {
    const month = MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase());
    return month >= 0 ? `${named[2]}-${String(month + 1).padStart(2, '0')}` : undefined;
  }
  const numeric =
    /^(\d{4})[.\-/](\d{1,2})$/.exec(trimmed) ?? /^(\d{1,2})[.\-/](\d{4})$/.exec(trimmed)?.reverse();
  if (numeric) {
    const [year, month] =
      trimmed.startsWith(numeric[1]!) && numeric[1]!.length === 4
        ? [numeric[1]!, Number(numeric[2])]
        : [numeric[0]!.slice(-4), Number(numeric[1])];
    if (month >= 1 && month <= 12) return `${year}-${String(month).padStart(2, '0')}`;
  }
  return undefined;
}

/** The year a venue label or a link says: `MobiSys'22` → 2022, `ICSE 2024` → 2024, an arXiv link → its id's year and month. */
export function dateOfLabel(
  label: string,
  url: string | undefined,
): { year: number; month?: number } | undefined {
  const full = /\b((?:19|20)\d{2})\b/.exec(label);
  if (full) return { year: Number(full[1]) };
  const short = /['’](\d{2})\b/.exec(label);
  if (short) return { year: 2000 + Number(short[1]) };
  const arxiv = url ? /arxiv\.org\/(?:abs|pdf)\/(\d{2})(\d{2})\.\d{4,5}/.exec(url) : null;
  if (arxiv) return { year: 2000 + Number(arxiv[1]), month: Number(arxiv[2]) };
  return undefined;
}

/** The arXiv identifier in an arxiv.org link, e.g. `2401.08092`. */
export const arxivIdOf = (url: string) =>
  /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5}(?:v\d+)?)/.exec(url)?.[1];

/** The publication type a label suggests; always a guess, and reported as one. */
export function typeOfLabel(label: string): 'preprint' | 'workshop' | 'journal' | 'conference' {
  if (/\b(arxiv|preprint|corr|biorxiv|medrxiv|ssrn)\b/i.test(label)) return 'preprint';
  if (/\b(journal|transactions|letters)\b/i.test(label)) return 'journal';
  if (/@|\bworkshop\b/i.test(label)) return 'workshop';
  if (JOURNALS.test(label)) return 'journal';
  return 'conference';
}

const LINK_KEYS: [RegExp, string][] = [
  [/^(pdf|paper)$/i, 'pdf'],
  [/^slides?$/i, 'slides'],
  [/^(video|talk|recording)$/i, 'video'],
  [/^poster$/i, 'poster'],
  [/^(code|github|source)$/i, 'code'],
  [/^(project|website|homepage|page)$/i, 'project'],
];

/** `[[pdf](…)], [[slides](…)], [[Paper List](…)]` → `{ pdf, slides, extra: [{ label: 'Paper List', … }] }`. */
export function linksOf(text: string): { [key: string]: YamlValue } {
  const links: { [key: string]: YamlValue } = {};
  const extra: { label: string; url: string }[] = [];
  for (const match of text.matchAll(/\[([^[\]]+)\]\(([^)\s]+)\)/g)) {
    const label = unescapeMarkdown(match[1]!).trim();
    const url = match[2]!;
    const key = LINK_KEYS.find(([pattern]) => pattern.test(label))?.[1];
    if (key && links[key] === undefined) links[key] = url;
    else extra.push({ label, url });
  }
  return extra.length > 0 ? { ...links, extra } : links;
}

/** `A, **Qipeng Wang**, B and C.` → the names, yours marked; undefined when you are not among them. */
export function authorsOf(text: string, ownerName: string): YamlValue[] | undefined {
  const names = text
    .trim()
    .replace(/\.$/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
  let ownerFound = false;
  const authors = names.map((raw): YamlValue => {
    const bold = /^\*\*(.+)\*\*\*?$|^__(.+)__$/.exec(raw);
    const name = unescapeMarkdown((bold ? (bold[1] ?? bold[2])! : raw).replace(/\*+$/, '').trim());
    const isOwner = bold !== null || normalizeName(name) === normalizeName(ownerName);
    if (!isOwner) return name;
    ownerFound = true;
    return normalizeName(name) === normalizeName(ownerName) ? name : { name, owner: true };
  });
  return ownerFound ? authors : undefined;
}

interface Item {
  line: number;
  lines: string[];
}

/** The paragraphs of a list item, each one line of text. */
const paragraphs = (item: Item) =>
  item.lines
    .map((line, index) => (index === 0 ? line.replace(/^\s{0,3}[-*+]\s+/, '') : line))
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        // A line break (a trailing backslash) inside an item joins its lines like any other.
        .map((line) => line.trim().replace(/(?<!\\)\\$/, ''))
        .join(' ')
        .trim(),
    )
    .filter(Boolean);

type Parsed = { ok: true; entry: ListEntry } | { ok: false; why: string };

function publicationOf(item: Item, ownerName: string): Parsed {
  const [head = '', ...rest] = paragraphs(item);
  const linked = /^\\?\[\s*\[([^\]]+)\]\(([^)\s]+)\)\s*\\?\]\s*(.*)$/.exec(head);
  const plain = linked ? null : /^\\?\[([^\]]+?)\\?\]\s*(.*)$/.exec(head);
  if (!linked && !plain)
    return {
      ok: false,
      why: 'a publication item that does not start with [VENUE] was kept in the page',
    };
  const label = unescapeMarkdown((linked ? linked[1] : plain![1])!).trim();
  const venueUrl = linked ? linked[2] : undefined;
  const title = unescapeMarkdown((linked ? linked[3] : plain![2])!)
    .trim()
    .replace(/\.$/, '')
    .trim();
  if (!title)
    return { ok: false, why: `the publication "${label}" has no title; it was kept in the page` };
  const date = dateOfLabel(label, venueUrl);
  if (!date)
    return {
      ok: false,
      why: `"${title}": no year in the label "${label}" or its link; it was kept in the page`,
    };
  const authorText = rest.find((paragraph) => !/^\\?\[\s*\[/.test(paragraph));
  const authors = authorText ? authorsOf(authorText, ownerName) : undefined;
  if (!authors)
    return {
      ok: false,
      why: `"${title}": you are not among its authors (write your name in **bold**); it was kept in the page`,
    };
  const links = linksOf(rest.filter((paragraph) => paragraph !== authorText).join(' '));
  const type = typeOfLabel(label);
  const arxiv = venueUrl ? arxivIdOf(venueUrl) : undefined;
  return {
    ok: true,
    entry: {
      kind: 'publications',
      file: '',
      line: item.line,
      data: {
        title,
        authors,
        venue: {
          short: label,
          ...(venueUrl && /^https?:\/\//.test(venueUrl) ? { url: venueUrl } : {}),
        },
        date: date.month ? `${date.year}-${String(date.month).padStart(2, '0')}` : date.year,
        type,
        ...(arxiv ? { arxiv: arxiv.replace(/v\d+$/, '') } : {}),
        ...(Object.keys(links).length > 0 ? { links } : {}),
      },
      checks: [`type "${type}" is a guess from the label`],
    },
  };
}

/** `[Shiqi Jiang](https://…) and [Ting Cao](https://…)` → mentors. */
function mentorsOf(text: string): YamlValue[] {
  return text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
      return link
        ? {
            name: unescapeMarkdown(link[1]!),
            ...(/^https?:\/\//.test(link[2]!) ? { url: link[2]! } : {}),
          }
        : { name: unescapeMarkdown(part) };
    });
}

function experienceOf(item: Item): Parsed {
  const [head = '', ...subitems] = item.lines
    .map((line, index) => (index === 0 ? line.replace(/^\s{0,3}[-*+]\s+/, '') : line))
    .filter((line) => line.trim());
  const match = /^(.+?)\s*(?:~|–|—|\s-\s|\bto\b)\s*(.+?)\s*[:：]\s*(.+)$/.exec(head.trim());
  if (!match)
    return {
      ok: false,
      why: 'an experience item that does not start with "Month Year ~ Month Year:" was kept in the page',
    };
  const start = yearMonthOf(match[1]!);
  const ongoing = /^(now|present|current|today)$/i.test(match[2]!.trim());
  const end = ongoing ? undefined : yearMonthOf(match[2]!);
  if (!start || (!ongoing && !end))
    return {
      ok: false,
      why: `the dates "${match[1]} ~ ${match[2]}" are not months; the item was kept in the page`,
    };
  const [role, place = ''] = match[3]!.split(/\s+@\s+|\s+at\s+/, 2);
  const [organization = '', ...team] = place.split(/\s*,\s*/);
  if (!role || !organization)
    return {
      ok: false,
      why: 'an experience item without "Role @ Organization" was kept in the page',
    };
  const mentors: YamlValue[] = [];
  const honors: string[] = [];
  for (const subitem of subitems) {
    const text = subitem.replace(/^\s*[-*+]\s+/, '').trim();
    const mentored = /^(?:mentored|advised|supervised|hosted)\s+by\s+(.+?)\.?$/i.exec(text);
    const honored = /^(?:honou?red\s+with|awarded|award:|honou?rs?:)\s*(.+?)\.?$/i.exec(text);
    if (mentored) mentors.push(...mentorsOf(mentored[1]!));
    else if (honored) honors.push(unescapeMarkdown(honored[1]!));
    else
      return {
        ok: false,
        why: `"${text}" under an experience item is neither mentors nor honors; the item was kept in the page`,
      };
  }
  return {
    ok: true,
    entry: {
      kind: 'experience',
      file: '',
      line: item.line,
      data: {
        role: unescapeMarkdown(role.trim()),
        organization: unescapeMarkdown(organization.trim()),
        ...(team.length > 0 ? { team: unescapeMarkdown(team.join(', ')) } : {}),
        start,
        ...(end ? { end } : {}),
        ...(mentors.length > 0 ? { mentors } : {}),
        ...(honors.length > 0 ? { honors } : {}),
      },
      checks: [],
    },
  };
}

const TERM = /(?:Spring|Summer|Fall|Autumn|Winter)\s+(?:19|20)\d{2}/g;

function teachingOf(item: Item): Parsed {
  const text = unescapeMarkdown(paragraphs(item).join(' ')).replace(/\.$/, '');
  const terms = /\(((?:\s*(?:Spring|Summer|Fall|Autumn|Winter)\s+(?:19|20)\d{2}\s*,?)+)\)$/.exec(
    text,
  );
  if (!terms)
    return {
      ok: false,
      why: 'a teaching item that does not end with its terms, e.g. (Fall 2023), was kept in the page',
    };
  const rest = text.slice(0, terms.index).trim().replace(/,$/, '');
  const audience = /\s*\((\d+)\s+([^)]+)\)/.exec(rest);
  const withoutAudience = audience
    ? rest.slice(0, audience.index) + rest.slice(audience.index + audience[0].length)
    : rest;
  const parts = withoutAudience.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 3)
    return {
      ok: false,
      why: 'a teaching item not written "Role, Course, Institution (terms)" was kept in the page',
    };
  return {
    ok: true,
    entry: {
      kind: 'teaching',
      file: '',
      line: item.line,
      data: {
        role: parts[0]!,
        course: parts.slice(1, -1).join(', '),
        institution: parts.at(-1)!,
        ...(audience
          ? { audience: { size: Number(audience[1]), description: audience[2]!.trim() } }
          : {}),
        terms: [...terms[1]!.matchAll(TERM)].map((term) => term[0].replace(/\s+/, ' ')),
      },
      checks: [],
    },
  };
}

const PARSERS: Record<ListKind, (item: Item, ownerName: string) => Parsed> = {
  publications: publicationOf,
  experience: experienceOf,
  teaching: teachingOf,
};

/**
 * Reads the Publications, Experience and Teaching lists of a page body (already converted from
 * kramdown; `firstLine` is the body's first line in the old file, for the report).
 */
export function readListSections(
  body: string,
  ownerName: string,
  firstLine: number,
  file = '_pages/about.md',
): ListReading {
  const lines = body.split('\n');
  const keep = lines.map(() => true);
  const entries: ListEntry[] = [];
  const notes: LineNote[] = [];
  const sections: ListSection[] = [];
  const headings = lines.flatMap((line, index) => {
    const match = /^(#{1,6})\s+(.*)$/.exec(line);
    return match ? [{ index, level: match[1]!.length, text: match[2]! }] : [];
  });
  for (const [position, heading] of headings.entries()) {
    const kind = SECTION.find(([, pattern]) => pattern.test(heading.text))?.[0];
    if (!kind) continue;
    const end =
      headings.slice(position + 1).find((next) => next.level <= heading.level)?.index ??
      lines.length;
    const items: Item[] = [];
    for (let index = heading.index + 1; index < end; index += 1) {
      const line = lines[index]!;
      if (/^\s{0,1}[-*+]\s+/.test(line)) items.push({ line: index, lines: [line] });
      else if (items.length > 0 && (line.trim() === '' || /^\s+/.test(line)))
        items.at(-1)!.lines.push(line);
    }
    let left = false;
    const section = sections.length;
    sections.push({
      kind,
      heading: heading.text.trim(),
      file,
      line: firstLine + heading.index,
      items: items.length,
      kept: 0,
    });
    for (const item of items) {
      while (item.lines.length > 1 && item.lines.at(-1)!.trim() === '') item.lines.pop();
      const parsed = PARSERS[kind](item, ownerName);
      const line = firstLine + item.line;
      if (parsed.ok) {
        entries.push({ ...parsed.entry, file, line, section });
        for (let index = item.line; index < item.line + item.lines.length; index += 1)
          keep[index] = false;
      } else {
        left = true;
        sections[section]!.kept += 1;
        notes.push({ line, why: parsed.why });
      }
    }
    const prose = lines
      .slice(heading.index + 1, end)
      .some((line, offset) => keep[heading.index + 1 + offset] && line.trim() !== '');
    if (!left && !prose && items.length > 0) keep[heading.index] = false;
  }
  return { body: lines.filter((_, index) => keep[index]).join('\n'), entries, notes, sections };
}
