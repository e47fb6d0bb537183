const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The site icon when the owner has put none in public/: their monogram (`QW`) in white on the
 * accent colour, so that a fork never ships the previous owner's initials.
 */
export function monogramIcon(monogram: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="#8a1c2b"/><text x="32" y="41" font-family="system-ui,sans-serif" font-size="26" font-weight="600" fill="#fff" text-anchor="middle">${escapeXml(monogram)}</text></svg>\n`;
}
