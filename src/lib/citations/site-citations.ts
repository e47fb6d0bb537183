import { citationsSchema, type CitationsFile } from '../../schemas/citations.ts';
import { siteConfig } from '../../site.config.ts';
import { formatIssues } from '../content/error-map.ts';
import { paperCitation, recordFor, type ShownCitation } from './counts.ts';
import { CITATIONS_FILE } from './data-file.ts';

// A glob, not an import: a site without the file (no `npm run citations` yet) builds and shows no counts.
const files = import.meta.glob<unknown>('../../data/citations.json', {
  eager: true,
  import: 'default',
});

/** The committed counts, checked; undefined when there is no file. A broken file stops the build with its field. */
function readCitationsFile(): CitationsFile | undefined {
  const raw = Object.values(files)[0];
  if (raw === undefined) return undefined;
  const parsed = citationsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = formatIssues(parsed.error.issues, '(root)').map((line) => `  - ${line}`);
    throw new Error(
      `${CITATIONS_FILE} is invalid (run \`npm run citations\` to write it again):\n${problems.join('\n')}`,
    );
  }
  return parsed.data;
}

/**
 * The count each paper shows, by id: none when the owner file's `citations.show` is off or
 * there is no data file, and none for a paper whose counts were made for other identifiers.
 */
export function siteCitations(
  publications: readonly {
    id: string;
    data: { doi?: string | undefined; arxiv?: string | undefined };
  }[],
): Map<string, ShownCitation> {
  const file = siteConfig.citations.show ? readCitationsFile() : undefined;
  const shown = new Map<string, ShownCitation>();
  if (!file) return shown;
  for (const publication of publications) {
    const citation = paperCitation(publication.data, recordFor(file.papers, publication.id));
    if (citation) shown.set(publication.id, citation);
  }
  return shown;
}
