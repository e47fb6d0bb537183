import { foldText } from './text-folding.ts';

/**
 * People's names: one reading of a name for the owner check, the BibTeX and CSL-JSON exports,
 * citation keys, the monogram and the importer, so that they never disagree on who is who.
 */

/** Compares names the way people read them: case, accents, spacing and dots do not matter. */
export function normalizeName(name: string): string {
  return foldText(name)
    .replace(/[.\s,-]+/g, ' ')
    .trim();
}

/**
 * `Qipeng Wang` → `{ family: "Wang", given: "Qipeng" }`: the last word is the family name.
 * A name written `Family, Given` is split at its first comma (`King, Jr., Martin` → `King` and
 * `Jr., Martin`). A one-word name (`Plato`, `王启鹏`) has no parts: `undefined`.
 */
export function splitName(name: string): { family: string; given: string } | undefined {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(',');
  if (comma >= 0)
    return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim() };
  const [, given, family] = /^(.*?)\s+(\S+)$/su.exec(trimmed) ?? [];
  return given === undefined || family === undefined ? undefined : { family, given };
}
