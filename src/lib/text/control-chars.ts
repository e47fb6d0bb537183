/**
 * Characters no page, feed or export can show: C0 and C1 controls but tab, line feed and
 * carriage return; DEL; lone surrogates; the non-characters U+FFFE and U+FFFF. XML 1.0 forbids
 * most of them outright, even as `&#7;`, so a single one in a title makes /feed.xml unreadable.
 * Also the bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069),
 * which make text display in another order than it is written (a spoofing trick); the plain
 * direction marks U+200E and U+200F that right-to-left names need are allowed.
 */
const UNSHOWABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/u;
const UNSHOWABLE_ALL = new RegExp(UNSHOWABLE.source, 'gu');

/** The first such character in `text`, described for an author: `a control character (U+0007)`; undefined when there is none. */
export function unshowableCharacter(text: string): string | undefined {
  const char = UNSHOWABLE.exec(text)?.[0];
  if (char === undefined) return undefined;
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/\p{Cc}/u.test(char)) return `a control character (${code})`;
  return /[\u202A-\u202E\u2066-\u2069]/u.test(char)
    ? `a text-direction override (${code})`
    : `a character that is not text (${code})`;
}

/** `text` with every such character removed. */
export function withoutUnshowable(text: string): string {
  return text.replace(UNSHOWABLE_ALL, '');
}

/**
 * Outside text made safe to print in a terminal: control and direction characters shown as
 * `\u{1B}` (so a hostile file cannot rewrite the screen with escape sequences), white space
 * collapsed, and cut to `max` characters.
 */
export function printable(text: string, max = 300): string {
  const shown = text
    .replace(/[\t\n\r]+/g, ' ')
    .replace(
      /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu,
      (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`,
    )
    .replace(/ {2,}/g, ' ');
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
