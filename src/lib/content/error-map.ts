/**
 * The only place zod issues become messages (as Starlight's utils/error-map.ts): the site
 * configuration, the content check, the importer and `npm run new` all say a mistake the same way.
 */

/** What this needs of a zod issue. */
interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * One line per issue, `field.path: message`, e.g. `venue.short: expected the venue label`;
 * an issue with the whole value (no field) is named by `whole`.
 */
export function formatIssues(issues: readonly Issue[], whole = '(front matter)'): string[] {
  // zod can report one value twice (1e300 is both too big and no safe integer): the author reads each line once.
  return [...new Set(issues.map((issue) => `${issue.path.map(String).join('.') || whole}: ${issue.message}`))];
}
