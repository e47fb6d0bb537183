import { posix } from 'node:path';
/**
 * kramdown + Liquid, as academicpages pages are written, into MDX that shows the same text and
 * runs nothing: Liquid goes, links are made site paths, the few HTML elements Markdown can say
 * become Markdown, and everything MDX would read as code (`{…}`, `<tag>`, `import`) is escaped
 * into text. What cannot be kept is reported with its line.
 */

/** A remark about one line of the converted text: what changed or was dropped, and why. */
export interface LineNote {
  /** 1-based, in the text that was given. */
  line: number;
  why: string;
}

export interface Converted {
  text: string;
  notes: LineNote[];
}

/** Liquid that only ever produced the site's base path: it goes, and links become site paths. */
const BASE_PATH_LIQUID =
  /\{%-?\s*include\s+base_path\s*-?%\}|\{\{-?\s*(?:site\.url\s*-?\}\}\{\{-?\s*)?(?:base_path|site\.baseurl)\s*-?\}\}|\{\{-?\s*site\.url\s*-?\}\}/g;
/** Any other Liquid tag or output (never across another opening, so that a page of unclosed `{%` is read in linear time). */
const OTHER_LIQUID = /\{%(?:(?!\{%|%\})[\s\S])*%\}|\{\{(?:(?!\{\{|\}\})[\s\S])*\}\}/g;
/** kramdown's comment extension: text the old site never showed. */
const KRAMDOWN_COMMENT = /\{::comment\}[\s\S]*?(?:\{:\/comment\}|\{:\/\}|$)/g;
/** A kramdown attribute list, `{: .notice}` or `{:.btn}`, on its own line or after an element. */
const ATTRIBUTE_LIST = /\{:[^}\n]*\}/g;
/** Elements whose content is never text to show. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
];
const INLINE_MARKS: Record<string, string> = { b: '**', strong: '**', i: '*', em: '*', code: '`' };

/**
 * Turns a link target of the old site into one of this site: Liquid already removed,
 * `../files/cv.pdf` and `files/cv.pdf` become `/files/cv.pdf`; the old base path and the old
 * site's own address are taken off; web addresses stay. A path that climbs (`files/../../x`), and
 * for a picture any relative path, is resolved, and kept only when it lands in the old site's
 * files/ or images/ (which the migration copies); otherwise `undefined`: the build would read a
 * relative picture from the disk (astro:assets), wherever it is.
 */
export function siteLink(
  target: string,
  oldSite: { url: string; baseurl: string },
  options: { picture?: boolean } = {},
): string | undefined {
  let link = target.trim();
  const origin = oldSite.url.replace(/\/+$/, '');
  for (const prefix of [
    origin && `${origin}${oldSite.baseurl}`,
    origin && origin.replace(/^https:/, 'http:') + oldSite.baseurl,
    origin,
  ]) {
    if (prefix && link.startsWith(`${prefix}/`)) link = link.slice(prefix.length);
  }
  if (oldSite.baseurl && link.startsWith(`${oldSite.baseurl}/`))
    link = link.slice(oldSite.baseurl.length);
  link = link.replace(/^(?:\.\.\/)+/, '/').replace(/^\.\//, '/');
  if (/^(?:files|images)\//.test(link)) link = `/${link}`;
  if (/^[a-z][a-z0-9+.-]*:|^[#?]|^\/\//i.test(link)) return link;
  const [path = '', rest = ''] = link.split(/(?=[?#])/, 2);
  const climbs = path.split(/[\\/]/).some((segment) => segment === '..' || segment === '.');
  if (!climbs && !(options.picture && !path.startsWith('/'))) return link;
  const resolved = posix.normalize(`/${path.replace(/\\/g, '/')}`);
  return /^\/(?:files|images)\/[^/]/.test(resolved) ? `${resolved}${rest}` : undefined;
}

/** Escapes `{`, `}` and `<` for MDX; one the old text already escaped (`\{`, kramdown's escape) is left as it is. */
const escapeText = (text: string) =>
  text.replace(
    /(\\*)([{}<])/g,
    (_, slashes: string, character: string) =>
      `${slashes}${slashes.length % 2 === 1 ? '' : '\\'}${character}`,
  );

/**
 * True when a link target can only lead to a page or a file: a web or mail address, a path, a
 * fragment, or a relative address with no scheme. `javascript:`, `data:` and the like are code,
 * also when written with an entity (`javascript&#58;`) or an escape (`javascript\:`).
 */
export function isSafeLink(target: string): boolean {
  const link = target.trim().replace(/^<|>$/g, '');
  if (/^(?:https?:\/\/|mailto:|\/|#|\.{1,2}\/)/i.test(link)) return !/^\/\/|^\/\\/.test(link);
  const head = link.split(/[/?#]/)[0] ?? '';
  return !/[:&\\\p{Cc}\p{Cf}\s]/u.test(head);
}

/**
 * Escapes what MDX reads as code in one line of prose, leaving code spans and `$…$` formulas as
 * they are: both are literal to the build, which reads formulas (MathJax's `$…$` on the old site)
 * before code spans, so `$`$ <b>` is a formula and then an element, never a code span. Whatever
 * is left as written is checked by the same parser before it is written (codeInEntry).
 */
function escapeProse(line: string): string {
  const parts = line.split(/((?<!\\)\$\$[^$]+\$\$|(?<!\\)\$[^$]+\$|`+[^`]*`+)/);
  const escaped = parts.map((part, index) => (index % 2 === 1 ? part : escapeText(part))).join('');
  // A paragraph starting with import/export is an ES module statement to MDX: the first letter becomes a character reference.
  return escaped.replace(
    /^(\s{0,3})(import|export)\b/,
    (_, indent: string, word: string) =>
      `${indent}&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`,
  );
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);

/**
 * Converts one page body. `oldSite` gives the old address and base path, to make links site
 * paths. Returns inert MDX text (still to be checked by the caller's gate) and a note per change
 * the author should know about.
 */
export function convertBody(source: string, oldSite: { url: string; baseurl: string }): Converted {
  const notes: LineNote[] = [];
  let text = source.replace(/\r\n?/g, '\n');
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;

  // HTML comments show nothing on the old site; MDX has no such thing. Kept out, lines kept for numbering.
  text = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));

  // Every removal keeps the text's line breaks, so that a note's line is the line in the old file.
  const blank = (removed: string) => removed.replace(/[^\n]/g, '');
  text = text.replace(KRAMDOWN_COMMENT, (comment, index: number) => {
    notes.push({
      line: lineOf(index),
      why: 'a kramdown {::comment} (never shown on the old site) was left out',
    });
    return blank(comment);
  });
  text = text.replace(BASE_PATH_LIQUID, '');
  text = text.replace(OTHER_LIQUID, (liquid, index: number) => {
    notes.push({
      line: lineOf(index),
      why: `Liquid ${JSON.stringify(liquid.length > 60 ? `${liquid.slice(0, 57)}…` : liquid)} has no equivalent here and was left out`,
    });
    return blank(liquid);
  });
  text = text.replace(ATTRIBUTE_LIST, '');

  // Elements that run or embed something: dropped with their content.
  for (const tag of DROPPED_WITH_CONTENT) {
    const element = new RegExp(
      `<${tag}\\b[^<>]*>(?:(?!</?${tag}\\b)[\\s\\S])*</${tag}\\s*>|<${tag}\\b[^<>]*/?>`,
      'gi',
    );
    text = text.replace(element, (html, index: number) => {
      notes.push({
        line: lineOf(index),
        why: `raw HTML <${tag}> was left out (it would run or embed something)`,
      });
      return html.replace(/[^\n]/g, '');
    });
  }
  // Autolinks, <https://…>, are Markdown's own: made links before tags are looked for.
  text = text.replace(
    /<((?:https?:\/\/|mailto:)[^\s<>]+)>/gi,
    (_, url: string) => `[${url}](${url})`,
  );
  // Markdown says these: links, pictures, emphasis, line breaks, rules.
  // A line break or paragraph tag becomes a line break only at the end (a placeholder until then), so that notes keep their lines.
  text = text.replace(/[\uE000\uE001]/g, '');
  text = text.replace(
    /<a\b([^<>]*)>((?:(?!<\/?a\b)[\s\S])*)<\/a\s*>/gi,
    (html, attributes: string, inner: string, index: number) => {
      const href = attribute(` ${attributes}`, 'href');
      const lineBreaks = '\n'.repeat(blank(html).length - blank(inner).length);
      const link =
        href &&
        isSafeLink(href) &&
        /^(?:https?:\/\/|\/|\.\.?\/|files\/|images\/|mailto:)/i.test(href.trim())
          ? siteLink(href, oldSite)
          : undefined;
      if (link) return `[${inner.replace(/<[^<>]*>/g, '').trim()}](${link})${lineBreaks}`;
      notes.push({
        line: lineOf(index),
        why: 'a raw HTML link without a usable address was kept as its text',
      });
      return inner + lineBreaks;
    },
  );
  text = text.replace(/<img\b[^<>]*>/gi, (html, index: number) => {
    const src = attribute(html, 'src');
    const picture =
      src && isSafeLink(src) && /^(?:https?:\/\/|\/|\.\.?\/|images\/|files\/)/i.test(src.trim())
        ? siteLink(src, oldSite, { picture: true })
        : undefined;
    if (picture)
      return `![${(attribute(html, 'alt') ?? '').replace(/[[\]]/g, '')}](${picture})${blank(html)}`;
    notes.push({
      line: lineOf(index),
      why: 'a raw HTML picture without a usable address was left out',
    });
    return blank(html);
  });
  text = text.replace(
    /<(\/?)(b|strong|i|em|code)\s*>/gi,
    (_, _close: string, tag: string) => INLINE_MARKS[tag.toLowerCase()] ?? '',
  );
  text = text.replace(/<br\s*\/?>/gi, '\uE000');
  text = text.replace(/^[ \t]*<hr\s*\/?>[ \t]*$/gim, '---');
  text = text.replace(/<\/?p\s*>/gi, '\uE001');
  // Any other element: its tags go, its text stays, and the author hears of it.
  text = text.replace(/<\/?([A-Za-z][\w-]*)\b[^<>]*>/g, (html, tag: string, index: number) => {
    if (!html.startsWith('</'))
      notes.push({
        line: lineOf(index),
        why: `raw HTML <${tag.toLowerCase()}> was turned into plain text (only Markdown is kept)`,
      });
    return blank(html);
  });

  // Links of the old site become site paths: [text](../files/cv.pdf) → [text](/files/cv.pdf); a link
  // that would run script (`javascript:`) keeps only its text.
  text = text.replace(
    /(!?)\[([^\]\n]*)\]\(\s*([^)\s]+)(\s+"[^"]*")?\s*\)/g,
    (
      link,
      bang: string,
      label: string,
      target: string,
      title: string | undefined,
      index: number,
    ) => {
      if (!isSafeLink(target)) {
        notes.push({
          line: lineOf(index),
          why: `a link to ${JSON.stringify(target.slice(0, 40))} would run script; only its text was kept`,
        });
        return label + blank(link);
      }
      const resolved = siteLink(target, oldSite, { picture: bang === '!' });
      if (resolved) return `${bang}[${label}](${resolved}${title ?? ''})`;
      notes.push({
        line: lineOf(index),
        why: `${bang ? 'a picture' : 'a link'} at ${JSON.stringify(target.slice(0, 60))} is outside the old site's files/ and images/; only its text was kept`,
      });
      return label + blank(link);
    },
  );
  // The same for a link defined apart, `[cv]: javascript:…`.
  text = text.replace(
    /^( {0,3}\[[^\]\n]+\]:[ \t]*)(\S+)(.*)$/gm,
    (definition, start: string, target: string, rest: string, index: number) => {
      // A definition may serve a picture (`![me][photo]`): resolved as one.
      const resolved = isSafeLink(target)
        ? siteLink(target, oldSite, { picture: true })
        : undefined;
      if (resolved) return `${start}${resolved}${rest}`;
      if (isSafeLink(target)) {
        notes.push({
          line: lineOf(index),
          why: `a link to ${JSON.stringify(target.slice(0, 60))} is outside the old site's files/ and images/; it was left out`,
        });
        return '';
      }
      notes.push({
        line: lineOf(index),
        why: `a link to ${JSON.stringify(target.slice(0, 40))} would run script; it was left out`,
      });
      return '';
    },
  );

  // The page title is the page's h1: the body's headings move one level down.
  let fenced = false;
  let displayMath = false;
  const lines = text.split('\n').map((line) => {
    if (!displayMath && /^\s{0,3}(```|~~~)/.test(line)) {
      fenced = !fenced;
      return line;
    }
    if (fenced) return line;
    // A `$$` line opens or closes a displayed formula: TeX, literal to the build, kept as written.
    if (/^\s{0,3}\$\$\s*$/.test(line)) {
      displayMath = !displayMath;
      return line;
    }
    if (displayMath) return line;
    const heading = /^(#{1,5})(\s.*)$/.exec(line);
    if (heading) return `#${heading[1]}${escapeProse(heading[2]!)}`;
    // kramdown's setext rule under a title ("Title\n=====") is a heading too: made an ATX h2.
    return escapeProse(line);
  });
  const joined = lines
    .join('\n')
    .replace(/^(.+)\n={3,}[ \t]*$/gm, '## $1\n')
    // Two trailing spaces before a line of the same paragraph were a line break: kept, as a backslash (which no editor trims).
    .replace(/(\S)[ \t]{2,}$(?=\n(?![ \t]*(?:$|[-*+>#|]|\d+[.)]\s)))/gm, '$1\\')
    .replace(/[ \t]+$/gm, '')
    .replace(/\uE000[ \t]*\n?/g, '\\\n')
    .replace(/\uE001/g, '\n\n');
  return { text: joined, notes: notes.sort((a, b) => a.line - b.line) };
}

/** The body as written to the file: no run of blank lines, no blank start or end. */
export const tidyBody = (text: string) =>
  text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Undoes Markdown's backslash escapes, for text that goes into front matter (shown as text, never parsed). */
export const unescapeMarkdown = (text: string) =>
  text.replace(/\\([\\`*_{}[\]()#+\-.!<>|~'"])/g, '$1');
