/**
 * An About page written in two languages: the bio in English, a rule (`---`), the same bio in
 * Chinese, and then, often, lists that belong to both (`# Publications`, `# Experience`,
 * `# Teaching`). Decides, line by line, which page each part goes to; every line goes to one.
 */
import { SECTION } from './about-lists.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;
const HEADING = /^(#{1,6})\s+(.*)$/;

/** A section after the rule that is in neither language for sure, and the line it starts on (0-based, in the text given). */
export interface UnattributedSection {
  line: number;
  heading: string;
}

export interface LanguageSplit {
  /**
   * The English page's text: the bio before the rule, the shared lists and the sections that
   * could not be attributed, each at its own line (other lines blank), so that line numbers still
   * point into the old file.
   */
  english: string;
  /** The Chinese page's text: what follows the rule up to the first shared or unattributed section, and sections with a Chinese heading. */
  chinese: string;
  /** The shared sections' headings (`Publications`, …), in order. */
  shared: string[];
  unattributed: UnattributedSection[];
}

/**
 * Splits `text` (kramdown already converted) at its first rule when the part after it is
 * Chinese and the part before it is not; undefined when the page is in one language.
 */
export function splitLanguages(text: string): LanguageSplit | undefined {
  const lines = text.split('\n');
  let fence = false;
  const rule = lines.findIndex((line) => {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    return !fence && RULE.test(line);
  });
  if (rule < 0) return undefined;
  const before = lines.slice(0, rule).join('\n');
  const after = lines.slice(rule + 1);
  // Chinese after the rule and no run of Chinese before it (a name in Chinese, 王启鹏, is three characters).
  if (!after.some((line) => CJK.test(line)) || /[\u4e00-\u9fff]{4}/.test(before)) return undefined;

  const english = lines.map((line, index) => (index < rule ? line : ''));
  const chinese: string[] = [];
  const shared: string[] = [];
  const unattributed: UnattributedSection[] = [];
  let index = 0;
  // Until the first heading: the Chinese bio.
  while (index < after.length && !HEADING.test(after[index]!)) chinese.push(after[index++]!);
  while (index < after.length) {
    const [, hashes = '#', heading = ''] = HEADING.exec(after[index]!) ?? [];
    let end = index + 1;
    while (end < after.length) {
      const next = HEADING.exec(after[end]!);
      if (next && next[1]!.length <= hashes.length) break;
      end += 1;
    }
    const section = after.slice(index, end);
    if (CJK.test(heading)) chinese.push(...section);
    else {
      if (SECTION.some(([, pattern]) => pattern.test(heading))) shared.push(heading.trim());
      else unattributed.push({ line: rule + 1 + index, heading: heading.trim() });
      section.forEach((line, offset) => (english[rule + 1 + index + offset] = line));
    }
    index = end;
  }
  return { english: english.join('\n'), chinese: chinese.join('\n'), shared, unattributed };
}
