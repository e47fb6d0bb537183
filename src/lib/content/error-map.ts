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
  return [
    ...new Set(
      issues.map((issue) => `${issue.path.map(String).join('.') || whole}: ${issue.message}`),
    ),
  ];
}

/** The edit distance of two names (insertions, deletions, substitutions, and two letters swapped), case ignored. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/** The known name a misspelt one most likely meant (`selcted` → `selected`), or undefined when none is close. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const ranked = known
    .map((candidate) => ({ candidate, cost: distance(name, candidate) }))
    .sort((a, b) => a.cost - b.cost);
  const best = ranked[0];
  return best !== undefined && best.cost <= Math.max(1, Math.floor(name.length / 3))
    ? best.candidate
    : undefined;
}

/**
 * The message for fields a strict object does not have, with the field meant when one is close:
 * `unknown field "selcted": did you mean "selected"?`, else the fields it has.
 */
export function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const meant = closestName(key, known);
      return meant
        ? `unknown field "${key}": did you mean "${meant}"?`
        : `unknown field "${key}" (the fields here: ${known.join(', ')})`;
    })
    .join('; ');
}
