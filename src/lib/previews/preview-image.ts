/**
 * A page's link-preview picture (Open Graph, 1200×630 PNG): the title, a byline (authors and
 * venue, or a date) and the site's name, laid out by Typst, the compiler the CV PDF already uses,
 * with the Noto Sans SC font from npm (so names in Chinese characters render on any machine), and
 * rasterised by sharp, the image library astro:assets uses. Chosen by measurement against satori
 * with resvg (docs/performance.md): half the CPU, no new library, and one font path with the CV.
 * The same card always gives the same bytes; renderPreviewImageCached keeps them between builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import typst from '@myriaddreamin/typst-ts-node-compiler';
import sharp from 'sharp';
import {
  previewCardText,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  type PreviewCard,
} from './preview-card.ts';

const require = createRequire(import.meta.url);

/*
 * The card's layout. The text arrives as JSON in `sys.inputs.card` and is set as strings, never
 * read as Typst markup, so a title holding `#`, `]` or `$` is shown as written.
 */
const TEMPLATE = `#let card = json(bytes(sys.inputs.card))
#set page(width: ${PREVIEW_WIDTH}pt, height: ${PREVIEW_HEIGHT}pt, margin: (x: 80pt, top: 72pt, bottom: 64pt), fill: rgb("#fbfaf7"))
#set text(font: "Noto Sans SC", fill: rgb("#1c1917"), lang: card.lang)
#set par(leading: 0.45em)
#place(top + left, dx: -80pt, dy: -72pt, rect(width: 16pt, height: ${PREVIEW_HEIGHT}pt, fill: rgb("#1d4ed8")))
#block(height: 100%, width: 100%)[
  #text(size: card.titleSize * 1pt, weight: 700, card.title)
  #v(24pt)
  #text(size: 30pt, fill: rgb("#57534e"), card.byline)
  #place(bottom + left, text(size: 28pt, weight: 700, fill: rgb("#1d4ed8"), card.siteName))
]`;

const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];

// One compiler per process: creating it loads the two fonts (about 80 ms); each card after that only lays out.
let compiler: typst.NodeCompiler | undefined;

function previewCompiler(): typst.NodeCompiler {
  compiler ??= typst.NodeCompiler.create({
    fontArgs: [
      {
        fontBlobs: FONT_FILES.map((file) =>
          readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`)),
        ),
      },
    ],
  });
  return compiler;
}

/** The preview picture of `card` as PNG bytes, 1200×630; the same card always gives the same bytes. */
export async function renderPreviewImage(card: PreviewCard): Promise<Uint8Array<ArrayBuffer>> {
  const cardCompiler = previewCompiler();
  const compiled = cardCompiler.compile({
    mainFileContent: TEMPLATE,
    inputs: { card: JSON.stringify(previewCardText(card)) },
  });
  const laidOut = compiled.result;
  if (compiled.hasError() || !laidOut) {
    throw new Error(
      `Typst could not lay out the preview of "${card.title}": ${JSON.stringify(compiled.takeDiagnostics()?.shortDiagnostics ?? [])}`,
    );
  }
  // Typst writes every glyph as a path, so the rasteriser needs no fonts; 72 dpi maps one point to one pixel.
  const png = await sharp(Buffer.from(cardCompiler.svg(laidOut)), { density: 72 })
    .resize(PREVIEW_WIDTH, PREVIEW_HEIGHT, { fit: 'fill' })
    .png({ compressionLevel: 6 })
    .toBuffer();
  return new Uint8Array(png);
}

let versions: string[] | undefined;

/** The versions a picture depends on besides its card: the compiler, the font and the rasteriser (and its libvips). */
function toolVersions(): string[] {
  versions ??= [
    ...[
      '@myriaddreamin/typst-ts-node-compiler/package.json',
      '@expo-google-fonts/noto-sans-sc/package.json',
    ].map(
      (name) =>
        (JSON.parse(readFileSync(require.resolve(name), 'utf8')) as { version: string }).version,
    ),
    sharp.versions.sharp,
    sharp.versions.vips,
  ];
  return versions;
}

/** What a preview is made of: the card, the template, and the tools' versions. */
export function previewImageKey(card: PreviewCard): string {
  return createHash('sha256')
    .update(JSON.stringify([TEMPLATE, previewCardText(card), toolVersions()]))
    .digest('hex');
}

/**
 * renderPreviewImage, kept in `folder` (Astro's cache folder) under a hash of what the picture
 * is made of, so that a build renders only the cards whose text changed: a card costs about
 * 40 ms of CPU to make and 0.1 ms to read back.
 */
export async function renderPreviewImageCached(
  card: PreviewCard,
  folder: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(folder, `${previewImageKey(card)}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = await renderPreviewImage(card);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, png);
  } catch {
    // A read-only cache only costs the next build the render.
  }
  return png;
}
