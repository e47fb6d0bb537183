/**
 * The CV as PDF bytes: a `CvDocument` laid out by Typst (src/lib/cv/cv-template.typ) through its
 * Node compiler, whose native binary ships inside the npm package, so a build needs no browser
 * and no download. Text stays selectable, fonts are embedded and subset, links are clickable.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import typst from '@myriaddreamin/typst-ts-node-compiler';
import type { CvDocument, CvItem, CvRun } from './cv-document.ts';

const require = createRequire(import.meta.url);

/** A web address (`http://` or `https://`) as written, or undefined: `javascript:`, `data:` and relative paths never become links. */
export function webLink(href: string | undefined): string | undefined {
  return href !== undefined && /^https?:\/\/\S/i.test(href) && URL.canParse(href)
    ? href
    : undefined;
}

/** What the template reads from `sys.inputs.cv`: the document with only web links kept and the fields Typst wants split out. */
export interface CvTypstInput {
  name: string;
  nameZh?: string;
  headline: string;
  contact: CvRun[][];
  sections: { title: string; note?: string; items: CvItem[] }[];
  /** `[year, month, day]` from `asOf`. */
  date: [number, number, number];
  /** Typst's paper name. */
  paper: 'a4' | 'us-letter';
  /** ISO 639 language and region, e.g. `en` and `US` from `en-US`; Typst rejects anything else, so an odd tag falls back to `en`. */
  lang: string;
  region: string | null;
}

function safeRun(run: CvRun): CvRun {
  const href = webLink(run.href);
  return href === undefined
    ? { text: run.text, ...(run.strong ? { strong: true } : {}) }
    : { ...run, href };
}

/** The input for the template; throws on an `asOf` that is not a real `YYYY-MM-DD` date, since the PDF's date comes from it. */
export function cvTypstInput(doc: CvDocument): CvTypstInput {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.asOf);
  if (
    !day ||
    Number.isNaN(Date.parse(`${doc.asOf}T00:00:00Z`)) ||
    new Date(`${doc.asOf}T00:00:00Z`).toISOString().slice(0, 10) !== doc.asOf
  ) {
    throw new Error(
      `The CV's asOf must be a date written YYYY-MM-DD, not ${JSON.stringify(doc.asOf)}.`,
    );
  }
  const language = /^([a-z]{2,3})(?:-([a-z]{2}))?(?:-|$)/i.exec(doc.lang);
  return {
    name: doc.name,
    ...(doc.nameZh ? { nameZh: doc.nameZh } : {}),
    headline: doc.headline,
    contact: doc.contact.map((line) => line.map(safeRun)),
    sections: doc.sections.map((section) => ({
      title: section.title,
      ...(section.note ? { note: section.note } : {}),
      items: section.items.map((item) => ({
        lines: item.lines.map((line) => line.map(safeRun)),
        ...(item.when ? { when: item.when } : {}),
        links: item.links.filter((link) => webLink(link.href) !== undefined),
      })),
    })),
    date: [Number(day[1]), Number(day[2]), Number(day[3])],
    paper: doc.paperSize === 'Letter' ? 'us-letter' : 'a4',
    lang: language?.[1]?.toLowerCase() ?? 'en',
    region: language?.[2]?.toUpperCase() ?? null,
  };
}

// One compiler per process: creating it loads the fonts (about 40 ms); each render after that only lays out.
let compiler: typst.NodeCompiler | undefined;
let template: string | undefined;

function typstCompiler(): typst.NodeCompiler {
  if (compiler) return compiler;
  // Noto Sans SC (OFL) from npm gives the Chinese name glyphs on machines without CJK fonts; Typst subsets it to the glyphs used.
  const cjk = readFileSync(
    require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  );
  compiler = typst.NodeCompiler.create({ fontArgs: [{ fontBlobs: [cjk] }] });
  return compiler;
}

/**
 * The template's text. Beside this file under `node --test`; in `astro build` this module is bundled into
 * dist/.prerender/chunks/, which lies inside the project, so the first folder upwards holding
 * src/lib/cv/cv-template.typ is the project's.
 */
function readTemplate(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    for (const candidate of [
      join(folder, 'cv-template.typ'),
      join(folder, 'src/lib/cv/cv-template.typ'),
    ]) {
      if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    }
    if (dirname(folder) === folder)
      throw new Error('src/lib/cv/cv-template.typ was not found above the CV renderer.');
  }
}

/** The CV as PDF bytes, typed to be a `Response` body as is; the same document always gives the same bytes. */
export function renderCvPdf(doc: CvDocument): Uint8Array<ArrayBuffer> {
  template ??= readTemplate();
  const cvCompiler = typstCompiler();
  const compiled = cvCompiler.compile({
    mainFileContent: template,
    inputs: { cv: JSON.stringify(cvTypstInput(doc)) },
  });
  const laidOut = compiled.result;
  if (compiled.hasError() || !laidOut) {
    throw new Error(
      `Typst could not lay out the CV: ${JSON.stringify(compiled.takeDiagnostics()?.shortDiagnostics ?? [])}`,
    );
  }
  return new Uint8Array(cvCompiler.pdf(laidOut));
}

/** What the PDF is made of: the template, the document, and the compiler and font packages' versions. */
function cvPdfKey(doc: CvDocument): string {
  template ??= readTemplate();
  const versions = [
    '@myriaddreamin/typst-ts-node-compiler/package.json',
    '@expo-google-fonts/noto-sans-sc/package.json',
  ].map(
    (name) =>
      (JSON.parse(readFileSync(require.resolve(name), 'utf8')) as { version: string }).version,
  );
  return createHash('sha256')
    .update(JSON.stringify([template, cvTypstInput(doc), versions]))
    .digest('hex');
}

/**
 * renderCvPdf, kept in `folder` (Astro's cache folder) under a hash of what the PDF is made
 * of, so that a build whose CV did not change skips Typst (0.6 s and 190 MiB at 1,000 papers).
 * The same document always gives the same bytes, so a kept PDF is the one Typst would make;
 * the folder holds only the latest.
 */
export function renderCvPdfCached(doc: CvDocument, folder: string): Uint8Array<ArrayBuffer> {
  const file = join(folder, `${cvPdfKey(doc)}.pdf`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const pdf = renderCvPdf(doc);
  try {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, pdf);
  } catch {
    // A read-only cache only costs the next build the render.
  }
  return pdf;
}
