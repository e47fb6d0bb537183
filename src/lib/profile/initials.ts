import { splitName } from '../text/names.ts';

/** `Qipeng Wang` → `QW`: the monogram shown when there is no avatar picture; the given name's first letter, then the family name's. */
export function initials(name: string): string {
  const parts = splitName(name);
  const picked = parts === undefined ? [name.trim()] : [parts.given, parts.family];
  return picked.map((word) => [...word][0]?.toUpperCase() ?? '').join('');
}
