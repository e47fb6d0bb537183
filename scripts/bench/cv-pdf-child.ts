// Renders the synthetic CV of `process.argv[2]` papers once in a fresh process, as a build would,
// and prints what it cost: the first render also loads the fonts, and Typst's cache starts empty.
import { syntheticCvDocument } from './synthetic-cv.ts';

const papers = Number(process.argv[2]);
const document = syntheticCvDocument(papers);
const started = performance.now();
const { renderCvPdf } = await import('#lib/cv/cv-pdf.ts');
const bytes = renderCvPdf(document);
process.stdout.write(
  `${JSON.stringify({ papers, ms: performance.now() - started, bytes: bytes.length })}\n`,
);
