/**
 * Elements that load or embed another document, or change where the page's links lead: refused in
 * the built pages (csp.ts) and in published XML and SVG files (active-files.ts), one list for both.
 */
export const EMBEDDING_ELEMENTS: readonly string[] = [
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'fencedframe',
];
