import {
  mdxSyntaxProblem,
  plainExpressionProblem,
  plainExpressions,
} from '#lib/markdown/mdx-pitfalls.ts';
import { entryIdClaims } from '#lib/content/entry-ids.ts';
import { formatIssues } from '#lib/content/error-map.ts';
import { impossibleDateProblems, noEntries, type EntryFile } from '#lib/content/content-rules.ts';
import type { MissingFile } from '#lib/content/local-files.ts';
import { planSite } from '#lib/content/site-plan.ts';
import { CONTENT_KINDS, KIND_NAMES, type KindName } from '#lib/content/kinds.ts';
import type { ContentFile } from './content-files.ts';

export interface Audit {
  /** Every problem, each naming the file (and the field, where there is one). */
  problems: string[];
  /** Valid entries per collection. */
  counts: Record<KindName, number>;
  /** Linked files missing from public/: a warning, or an error in strict mode. */
  missingFiles: MissingFile[];
}

/**
 * Checks the content without building the site: every file's front matter against its
 * collection's schema (impossible dates and two files with one id too), then, through the code
 * the build runs (site-plan.ts), everything it checks across the site: reserved ids, two papers
 * with one `order`, papers without the owner, a missing About page, every redirect, and the
 * linked files in `root`/public/.
 */
export function auditContent(
  root: string,
  files: readonly ContentFile[],
  ownerName: string,
  translationCodes: readonly string[] = [],
): Audit {
  const problems: string[] = [...impossibleDateProblems(files)];
  const entries = noEntries();
  const claims = Object.fromEntries(KIND_NAMES.map((name) => [name, entryIdClaims()])) as Record<
    KindName,
    ReturnType<typeof entryIdClaims>
  >;

  for (const file of files) {
    const sameId = claims[file.collection](file.id, file.path);
    if (sameId) problems.push(sameId);

    if (file.yamlError !== undefined || file.data === undefined) {
      problems.push(
        `${file.path}: the front matter cannot be read as YAML: ${file.yamlError ?? 'unknown error'}`,
      );
      continue;
    }
    const parsed = CONTENT_KINDS[file.collection].schema.safeParse(file.data);
    if (!parsed.success) {
      problems.push(...formatIssues(parsed.error.issues).map((line) => `${file.path}: ${line}`));
      continue;
    }
    // The whole file is parsed (front matter included), so the compiler's line numbers are the file's.
    const syntax = file.body.trim() === '' ? undefined : mdxSyntaxProblem(file.source);
    if (syntax) problems.push(`${file.path}: body: the MDX cannot be compiled: ${syntax}`);
    for (const braces of syntax ? [] : plainExpressions(file.source))
      problems.push(`${file.path}: body: ${plainExpressionProblem(braces)}`);
    const entry: EntryFile<unknown> = {
      id: file.id,
      path: file.path,
      data: parsed.data,
      body: file.body,
      source: file.source,
    };
    (entries[file.collection] as EntryFile<unknown>[]).push(entry);
  }

  const plan = planSite(root, entries, ownerName, translationCodes);
  problems.push(...plan.problems);
  const counts = Object.fromEntries(
    Object.entries(entries).map(([collection, list]) => [collection, list.length]),
  ) as Record<KindName, number>;
  return { problems, counts, missingFiles: plan.missingFiles };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `7 publications, 1 experience entry, 1 teaching entry, 2 education entries, 0 news items, 0 talks, 0 posts, 1 page, 0 projects`. */
export function describeCounts(counts: Record<KindName, number>): string {
  return KIND_NAMES.map((name) =>
    plural(counts[name], CONTENT_KINDS[name].count.one, CONTENT_KINDS[name].count.other),
  ).join(', ');
}

/** `9 linked files missing from public/files/: cv.pdf, …` (or from `public/` when they are not all in files/). */
export function describeMissing(paths: readonly string[]): string {
  const inFiles = paths.every((path) => path.startsWith('/files/'));
  const names = paths.map((path) => (inFiles ? path.slice('/files/'.length) : path.slice(1)));
  return `${plural(paths.length, 'linked file', 'linked files')} missing from ${inFiles ? 'public/files/' : 'public/'}: ${names.join(', ')}`;
}
