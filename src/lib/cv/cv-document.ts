/**
 * The CV as plain data: what `/cv/` shows and what `/files/cv.pdf` prints, made once from the
 * same entries, so the page and the PDF can never disagree. Text is plain (never HTML or
 * Typst markup); every renderer escapes it for its own format.
 */
import type { StringKey } from '../i18n/i18n.ts';

/** A run of text, optionally bold (the owner's name in an author list) or a link (an absolute URL). */
export interface CvRun {
  text: string;
  strong?: boolean;
  href?: string;
}

/** One entry: its lines (the first is the heading), when it was, and its links. */
export interface CvItem {
  /** The entry's id, e.g. `pku-phd`: the item's anchor on /cv/, where its old addresses lead. Optional (added after the type was first shared): an item without one gets no anchor. */
  id?: string;
  /** Each line is a list of runs, e.g. `[[{ text: 'Melon: …' }], [{ text: 'Qipeng Wang', strong: true }, { text: ', Mengwei Xu' }]]`. */
  lines: CvRun[][];
  /** When, as the page shows it: `2022`, `Jun 2022 – present`; absent when unknown. */
  when?: string;
  /** Links shown after the entry, e.g. `{ label: 'DOI', href: 'https://doi.org/…' }` (absolute URLs only). */
  links: { label: string; href: string }[];
}

/** A section: Education, Experience, Publications (one per type), Teaching, Talks, Honors. */
export interface CvSection {
  /** The interface string of the heading, e.g. `type.conference`: what /cv/ shows in the page's language. */
  titleKey: StringKey;
  /** The heading in English, e.g. `Conference papers`: the PDF's, and what /cv/'s anchors are made of. */
  title: string;
  /** A line under the heading, e.g. the marks legend: `* equal contribution; † corresponding author`. */
  note?: string;
  items: CvItem[];
}

export interface CvDocument {
  /** The owner's name, e.g. `Qipeng Wang`. */
  name: string;
  /** The name in another script, e.g. `王启鹏`, shown beside it. */
  nameZh?: string;
  /** A line under the name, e.g. `CS Ph.D. Candidate @ PKU · Peking University`. */
  headline: string;
  /** Contact lines: the email in harvester-resistant form, the homepage, GitHub. */
  contact: CvRun[][];
  sections: CvSection[];
  /** The date the CV is as of, ISO `YYYY-MM-DD`, taken from the content (the newest entry), never from the clock, so two builds give the same bytes. */
  asOf: string;
  /** From the owner file. */
  paperSize: 'A4' | 'Letter';
  /** The document language, e.g. `en-US`. */
  lang: string;
}
