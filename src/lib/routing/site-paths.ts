/**
 * The rules for a path on this site written in content (`/files/cv.pdf`, `/about.html`): what
 * makes one unsafe or unreadable, and how to read its percent-encoding without throwing.
 */

const HINT = 'e.g. /files/cv.pdf';

// Control characters (C0, DEL, C1), and the invisible ones: zero-width and direction marks.
const CONTROL = /[\p{Cc}\p{Cf}]/u;

/** `%2e` (`.`), `%2f` (`/`) and `%5c` (`\`), in any case: each would let a path say one thing and mean another. */
const ENCODED_SEPARATOR = /%(2e|2f|5c)/i;

/** The path with its percent-encoding read (`/files/a%20b.pdf` → `/files/a b.pdf`), or undefined when the encoding is malformed. */
export function decodeSitePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Why `path` is not a safe path on this site, in words an author can act on, or undefined when
 * it is one. Browsers read `/\host/` as another site, and a host decodes `%2e%2e` to `..`.
 */
export function sitePathProblem(path: string): string | undefined {
  if (!path.startsWith('/') || path.startsWith('//'))
    return `expected a path on this site starting with "/", ${HINT}`;
  if (path.includes('\\'))
    return `a site path may not contain a backslash "\\" (browsers read "/\\host/" as another site); write "/" between folders, ${HINT}`;
  if (CONTROL.test(path))
    return 'a site path may not contain control or invisible characters (a tab, a line break, a zero-width space); delete them';
  if (/[\s?#]/u.test(path))
    return `expected a path on this site starting with "/" (no spaces, query or fragment), ${HINT}`;
  if (/%(?![0-9a-f]{2})/i.test(path))
    return 'a site path has a "%" that does not start an escape such as %20; write a "%" itself as %25';
  const decoded = decodeSitePath(path);
  if (decoded === undefined)
    return 'a site path has percent-escapes that are not UTF-8 text (such as %C3%28); write the character itself';
  if (ENCODED_SEPARATOR.test(path))
    return 'a site path may not contain %2e, %2f or %5c (an encoded ".", "/" or "\\"); write the path without them';
  if (CONTROL.test(decoded))
    return 'a site path may not contain encoded control characters (such as %00 or %0a); delete them';
  if (
    path
      .slice(1)
      .split('/')
      .some(
        (segment, index, segments) =>
          segment === '.' || segment === '..' || (segment === '' && index < segments.length - 1),
      )
  ) {
    return 'a site path may not contain "." or ".." as a folder name, or "//"';
  }
  return undefined;
}

/**
 * Why `path` cannot be an old address to redirect from, or undefined. Beyond a site path's
 * rules: Astro decodes a route's path once more when it writes the page, so an encoded "%"
 * (`%25`) would turn `/%252e/` into `/%2e/` and `/%2525/` into a path no route matches.
 */
export function redirectPathProblem(path: string): string | undefined {
  return (
    sitePathProblem(path) ??
    (/%25/i.test(path)
      ? 'an old address may not contain %25 (an encoded "%"): it would be decoded twice; write the address without it'
      : undefined) ??
    fileNameProblem(decodeSitePath(path) ?? path)
  );
}

/** Names Windows keeps for devices, with or without an extension: `CON`, `nul.html`, `COM1`, `LPT¹`. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Why a redirect's file names would not be the file the author meant on every file system and
 * to every reader, or undefined: a name Windows reserves for a device, a name ending in a dot or
 * space (Windows drops it: `/publications./` is the folder of `/publications/`), a character
 * that a compatibility form writes otherwise (fullwidth `ｐ` is `p`), or Latin letters mixed with
 * Cyrillic or Greek ones that look the same (`/аbout/` with a Cyrillic `а`).
 */
function fileNameProblem(decoded: string): string | undefined {
  for (const segment of decoded.split('/').filter(Boolean)) {
    if (WINDOWS_DEVICE.test(segment))
      return `"${segment}" is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1…, LPT1…); a checkout there fails`;
    if (/[. ]$/.test(segment))
      return `"${segment}" ends with a dot or a space, which Windows drops, so it is another address's folder`;
    if (segment.normalize('NFKC') !== segment.normalize('NFC'))
      return `"${segment}" has characters written in a compatibility form (fullwidth or styled letters such as "ｐ") that look like plain ones; write them plainly`;
    if (LATIN.test(segment) && LOOKALIKE_SCRIPT.test(segment))
      return `"${segment}" mixes Latin letters with Cyrillic or Greek ones that look alike (such as "а" and "a")`;
  }
  return undefined;
}
