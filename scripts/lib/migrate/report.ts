import { printable } from '#lib/text/control-chars.ts';

/** One item of the migration and what became of it. */
export type ReportLine =
  | { kind: 'new'; what: string; path: string; checks: string[] }
  | { kind: 'already present'; what: string; path: string }
  | { kind: 'left out'; what: string; why: string }
  | { kind: 'needs a look'; where: string; why: string };

/** One line of the report: text from the old site is shown inert (no escape sequences reach the terminal). */
export function reportLine(line: ReportLine): string {
  switch (line.kind) {
    case 'new':
      return `new ${printable(line.what, 160)} → ${line.path}${line.checks.length > 0 ? ` (check: ${printable(line.checks.join('; '))})` : ''}`;
    case 'already present':
      return `already present ${printable(line.what, 160)} → ${line.path}`;
    case 'left out':
      return `left out ${printable(line.what, 160)}: ${printable(line.why)}`;
    case 'needs a look':
      return `needs a look ${printable(line.where, 160)}: ${printable(line.why)}`;
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The closing line: how many of each, and what was written. */
export function summaryLine(lines: readonly ReportLine[], written: number | 'dry run'): string {
  const count = (kind: ReportLine['kind']) => lines.filter((line) => line.kind === kind).length;
  const files =
    written === 'dry run'
      ? 'dry run: nothing written'
      : `${plural(written, 'file', 'files')} written`;
  return `Migration: ${count('new')} new, ${count('already present')} already present, ${count('left out')} left out, ${plural(count('needs a look'), 'needs a look', 'need a look')} (${files}).`;
}
