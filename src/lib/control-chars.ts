/**
 * Characters no page, feed or export can show: C0 and C1 controls but tab, line feed and
 * carriage return; DEL; lone surrogates; the non-characters U+FFFE and U+FFFF. XML 1.0 forbids
 * most of them outright, even as `&#7;`, so a single one in a title makes /feed.xml unreadable.
 */
const UNSHOWABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const UNSHOWABLE_ALL = new RegExp(UNSHOWABLE.source, 'gu');

/** The first such character in `text`, described for an author: `a control character (U+0007)`; undefined when there is none. */
export function unshowableCharacter(text: string): string | undefined {
  const char = UNSHOWABLE.exec(text)?.[0];
  if (char === undefined) return undefined;
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /\p{Cc}/u.test(char) ? `a control character (${code})` : `a character that is not text (${code})`;
}

/** `text` with every such character removed. */
export function withoutUnshowable(text: string): string {
  return text.replace(UNSHOWABLE_ALL, '');
}
