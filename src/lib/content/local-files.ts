/** `STRICT_LOCAL_FILES=true` (or 1, yes), as the deploy sets it: a missing linked file is an error, not a warning. */
export function isStrictLocalFiles(env: Record<string, string | undefined>): boolean {
  return /^(1|true|yes)$/i.test(env.STRICT_LOCAL_FILES ?? '');
}

/** A link to a file on this site, and the file and field that wrote it. */
export interface LocalFileLink {
  path: string;
  declaredIn: string;
  /** `body`, or the front matter field: `links.pdf`. */
  field: string;
}

/** A linked file that is not in public/, with every entry that links it. */
export interface MissingFile {
  path: string;
  declaredIn: string[];
}

/** True for a site path that names a file (`/files/cv.pdf`) rather than a page (`/publications/`). */
export function isFilePath(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const last = href.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return /\.[a-z0-9]+$/i.test(last) && !/\.html?$/i.test(last);
}

/** Links to this site written in an MDX body, as Markdown links `[CV](/files/cv.pdf)` or `href="/posts/idea/"`. */
export function siteLinksInBody(body: string): string[] {
  const found = [...body.matchAll(/\]\(\s*<?(\/[^\s)>]+)>?[^)]*\)|href=["'](\/[^"']+)["']/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
  return [...new Set(found.filter((href) => !href.startsWith('//')))];
}

/** Site-file links written in an MDX body, as Markdown links `[CV](/files/cv.pdf)` or `href="/files/cv.pdf"`. */
export function fileLinksInBody(body: string): string[] {
  return siteLinksInBody(body).filter(isFilePath);
}

/** The linked files that do not exist, sorted, each with the entries that link it. */
export function findMissingFiles(
  links: readonly Omit<LocalFileLink, 'field'>[],
  exists: (path: string) => boolean,
): MissingFile[] {
  const missing = new Map<string, Set<string>>();
  for (const link of links) {
    if (exists(link.path)) continue;
    missing.set(link.path, (missing.get(link.path) ?? new Set()).add(link.declaredIn));
  }
  return [...missing.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, files]) => ({ path, declaredIn: [...files].sort() }));
}

/** One message an author can act on. */
export function formatMissingFiles(missing: readonly MissingFile[]): string {
  const lines = missing.map(
    (file) => `  - public${file.path} (linked from ${file.declaredIn.join(', ')})`,
  );
  return [
    `${missing.length} linked file${missing.length === 1 ? ' is' : 's are'} missing from public/ (or empty); visitors see the link text without a link until you add ${missing.length === 1 ? 'it' : 'them'}:`,
    ...lines,
  ].join('\n');
}
