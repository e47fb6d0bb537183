import { isMachineReadPath, MACHINE_READ_PATHS } from './routes.ts';
import { decodeSitePath } from './site-paths.ts';

/** An old address an entry declared in its `redirectFrom`, and the page it now lives at. */
export interface RedirectRequest {
  from: string;
  to: string;
  /** The file that declared it, for error messages. */
  declaredIn: string;
}

/** A redirect ready to be written: `file` is the path inside the build output. */
export interface Redirect extends RedirectRequest {
  file: string;
}

/** What else the build writes, that a redirect must leave alone. */
export interface SiteOutputs {
  /** The addresses of the pages and files the site renders: `/`, `/publications/`, `/feed.xml`, `/publications/melon.bib`. */
  pages: Iterable<string>;
  /** Everything in public/, folders ending in "/": `favicon.svg`, `files/`, `files/cv.pdf`. */
  publicEntries: Iterable<string>;
}

/** The redirects that can be written, and why each of the others cannot. */
export interface RedirectPlan {
  redirects: Redirect[];
  /** One line per refused redirect, naming the file that declared it and `redirectFrom`. */
  problems: string[];
}

/** ext4, APFS, NTFS and most others allow 255 bytes per file or folder name. */
export const MAX_SEGMENT_BYTES = 255;
/** Well under PATH_MAX (4096 on Linux, 1024 on macOS) once the checkout's own folders come before it. */
export const MAX_PATH_BYTES = 1024;

/** `/about` and `/about/` and `/about/index.html` are one address to a static host. */
export function canonicalPath(path: string): string {
  const [withoutFragment = '/'] = path.split('#');
  if (withoutFragment.endsWith('/index.html'))
    return withoutFragment.slice(0, -'index.html'.length);
  if (withoutFragment.endsWith('/')) return withoutFragment;
  const last = withoutFragment.split('/').pop() ?? '';
  return last.includes('.') ? withoutFragment : `${withoutFragment}/`;
}

/**
 * The file a static host serves for an address: `/about.html` is the file `about.html`,
 * `/about/` (and `/about`) the file `about/index.html`, `/caf%C3%A9/` the file `café/index.html`
 * (hosts decode the address before they look for the file).
 */
export function redirectFile(from: string): string {
  const canonical = canonicalPath(from);
  const path = (decodeSitePath(canonical) ?? canonical).slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * One file name for all the ways a case-insensitive file system or host (macOS, Windows, most
 * CDNs) sees it: letter case ignored, and NFC and NFD spellings of one letter the same.
 */
const fold = (file: string) => file.normalize('NFC').toLowerCase().normalize('NFC');

/** Who writes an output file, for messages. */
type Output =
  | { kind: 'page'; address: string }
  | { kind: 'machine'; address: string }
  | { kind: 'public'; file: string }
  | { kind: 'redirect'; request: RedirectRequest };

/** `/publications/` and `/about.html` are pages; `/publications/melon.bib` is a file. */
const isPageAddress = (address: string) => /\/$|\.html$/.test(address);

function describe(output: Output): string {
  switch (output.kind) {
    case 'page':
      return isPageAddress(output.address)
        ? `the page "${output.address}"`
        : `the file "${output.address}" the site writes`;
    case 'machine':
      return `"${output.address}", an address programs read`;
    case 'public':
      return `the file public/${output.file}`;
    case 'redirect':
      return `the redirect "${output.request.from}" declared in ${output.request.declaredIn}`;
  }
}

/**
 * What is wrong with a redirect at `file` when the site already writes `existing` at
 * `existingFile`, the same name or one that differs in case or Unicode form.
 */
function takenProblem(file: string, existing: Output, existingFile: string): string {
  if (file !== existingFile) {
    // "/café/" beside "/café/" reads as a repetition unless the message says what differs.
    const unicodeOnly = file.normalize('NFC') === existingFile.normalize('NFC');
    const difference = unicodeOnly
      ? 'Unicode form (NFC/NFD: "é" as one character or as "e" and a combining accent)'
      : file.toLowerCase() === existingFile.toLowerCase()
        ? 'letter case'
        : 'letter case and Unicode form (NFC/NFD)';
    const seenAsOne = unicodeOnly
      ? 'Astro builds only one of them, and macOS sees one file'
      : 'case-insensitive file systems and hosts see one file, so one would replace the other';
    return `differs only in ${difference} from ${describe(existing)}: ${seenAsOne}. Remove it from redirectFrom.`;
  }
  switch (existing.kind) {
    case 'page':
      return `is the address of ${isPageAddress(existing.address) ? 'a real page' : describe(existing)}; a redirect there would hide it. Remove it from redirectFrom.`;
    case 'machine':
      return `is ${describe(existing)} (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.`;
    case 'public':
      return `is a file in public/ (public/${existing.file}); a redirect would hide it. Remove it from redirectFrom.`;
    case 'redirect':
      return `is also declared in ${existing.request.declaredIn}; an old address can lead to one page only.`;
  }
}

/** Why `file` cannot be written on common file systems, or undefined. */
function lengthProblem(file: string): string | undefined {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const longest = file.split('/').reduce((a, b) => (bytes(b) > bytes(a) ? b : a), '');
  if (bytes(longest) > MAX_SEGMENT_BYTES) {
    return `has a folder or file name of ${bytes(longest)} bytes ("${longest.slice(0, 20)}…"); file systems allow ${MAX_SEGMENT_BYTES} at most. Shorten it or remove it from redirectFrom.`;
  }
  if (bytes(file) > MAX_PATH_BYTES)
    return `is ${bytes(file)} bytes long as a file path; keep it under ${MAX_PATH_BYTES}. Shorten it or remove it from redirectFrom.`;
  return undefined;
}

/** `a/b/index.html` → `a`, `a/b`. */
const parentFolders = (file: string) =>
  file
    .split('/')
    .slice(0, -1)
    .map((_, index, folders) => folders.slice(0, index + 1).join('/'));

/**
 * Checks every requested redirect against what else the build writes (pages, machine-read
 * files, public/) and against each other, as a case-insensitive host sees them. Returns the
 * redirects that can be written, and every problem, each with the file that declared it.
 */
export function planRedirects(
  requests: readonly RedirectRequest[],
  site: SiteOutputs,
): RedirectPlan {
  const pages = [...site.pages];
  const realPages = new Set(pages.map(canonicalPath));
  /** Output files by their folded name, with the name as written. */
  const outputs = new Map<string, { file: string; output: Output }>();
  /** Folders the outputs need, by folded name, with one output inside each. */
  const folders = new Map<string, Output>();
  const publicFolders = new Set<string>();
  const add = (file: string, output: Output) => {
    if (outputs.has(fold(file))) return;
    outputs.set(fold(file), { file, output });
    for (const folder of parentFolders(file))
      if (!folders.has(fold(folder))) folders.set(fold(folder), output);
  };
  // Files, whatever their names look like: `/CNAME` is the file CNAME, not CNAME/index.html.
  for (const address of MACHINE_READ_PATHS) add(address.slice(1), { kind: 'machine', address });
  for (const address of pages) add(redirectFile(address), { kind: 'page', address });
  for (const entry of site.publicEntries) {
    if (entry.endsWith('/')) publicFolders.add(fold(entry.slice(0, -1)));
    else add(entry, { kind: 'public', file: entry });
  }
  /** The output file at a folded name: one the site writes, or a machine-read address it does not write yet (`robots.txt`, `sitemap-1.xml`). */
  const outputAt = (key: string) =>
    outputs.get(key) ??
    (isMachineReadPath(`/${key}`)
      ? { file: key, output: { kind: 'machine', address: `/${key}` } as Output }
      : undefined);

  /** Why a redirect from `from` cannot be written to `file`, or undefined when nothing else is there. */
  const placementProblem = (from: string, file: string): string | undefined => {
    const key = fold(file);
    // `/_headers` is written to _headers/index.html, but the author meant the file _headers.
    const written = (decodeSitePath(from.split('#')[0]!) ?? from).slice(1);
    const takenAsWritten = outputAt(fold(written));
    if (takenAsWritten) return takenProblem(written, takenAsWritten.output, takenAsWritten.file);
    const taken = outputAt(key);
    if (taken) return takenProblem(file, taken.output, taken.file);
    if (key.endsWith('/index.html') && publicFolders.has(key.slice(0, -'/index.html'.length))) {
      return `is the folder public/${file.slice(0, -'index.html'.length)}; a redirect there would take its address. Remove it from redirectFrom.`;
    }
    const blocking = parentFolders(key)
      .map(outputAt)
      .find((found) => found !== undefined);
    if (blocking)
      return `would be written to ${file}, which needs a folder "${blocking.file}" where the site has a file: ${describe(blocking.output)}. Remove it from redirectFrom.`;
    const inside = folders.get(key);
    if (inside || publicFolders.has(key)) {
      return `would be written to the file ${file}, where the site needs a folder (for ${inside ? describe(inside) : `public/${file}/`}). Remove it from redirectFrom.`;
    }
    return undefined;
  };

  const problems: string[] = [];
  const redirects: Redirect[] = [];
  for (const request of requests) {
    const from = canonicalPath(request.from);
    const to = canonicalPath(request.to);
    const file = redirectFile(request.from);
    const where = `${request.declaredIn}: redirectFrom "${request.from}"`;
    const problem = lengthProblem(file) ?? placementProblem(request.from, file);
    if (problem !== undefined) {
      problems.push(`${where} ${problem}`);
      continue;
    }
    if (from === to) problems.push(`${where} points to itself, a redirect loop.`);
    else if (!realPages.has(to))
      problems.push(`${where} points to "${request.to}", which no page serves.`);
    add(file, { kind: 'redirect', request });
    redirects.push({ ...request, file });
  }
  return { redirects, problems };
}
