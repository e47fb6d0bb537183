import { isOwnerName } from '#lib/publications/authors.ts';
import { normalizeName, splitName } from '#lib/text/names.ts';
import { foldText } from '#lib/text/text-folding.ts';
import type { AuthorInput } from '../../src/schemas/publication.ts';
import type { BibCreator } from './bibtex-source.ts';

/**
 * BibTeX's word for a truncated author list (`… and others`), kept as the last author's name:
 * the site's BibTeX export writes it back as `and others`, which styles print as "et al.".
 */
export const OTHERS = 'others';

/** A name as printed: `{ lastName: "Fuente", firstName: "Juan", prefix: "de la" }` → `Juan de la Fuente`. */
export function creatorName(creator: BibCreator): string {
  if (creator.name) return creator.name;
  const name = [creator.firstName, creator.prefix, creator.lastName].filter(Boolean).join(' ');
  return creator.suffix ? `${name} ${creator.suffix}` : name;
}

/** True for the `others` of `… and others`. */
export function isOthers(creator: BibCreator): boolean {
  return !creator.name && !creator.firstName && creator.lastName?.toLowerCase() === OTHERS;
}

const initialsOf = (given: string) =>
  given
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toLowerCase() ?? '')
    .join('');

/**
 * How the site owner appears in a list of authors:
 * - `exact`: a name the site recognises by itself (`Qipeng Wang`, `QIPENG WANG`, a spelling in
 *   the owner file's `author.nameVariants`);
 * - `initials`: exactly one author written with the owner's initials (`Q. Wang`, as IEEE
 *   exports them), who then needs `owner: true`;
 * - `absent`: neither (two initialled candidates count as absent: the importer will not guess).
 */
export function findOwner(
  creators: readonly BibCreator[],
  ownerName: string,
): { kind: 'exact' | 'initials'; index: number } | { kind: 'absent' } {
  const exact = creators.findIndex((creator) => isOwnerName(creatorName(creator), ownerName));
  if (exact >= 0) return { kind: 'exact', index: exact };

  const owner = normalizeName(ownerName);
  const ownerParts = splitName(owner);
  const ownerFamily = ownerParts?.family ?? owner;
  const ownerInitials = initialsOf(ownerParts?.given ?? '');
  const candidates = creators.flatMap((creator, index) => {
    if (creator.name || !creator.lastName || !creator.firstName) return [];
    const family = normalizeName([creator.prefix, creator.lastName].filter(Boolean).join(' '));
    const given = foldText(creator.firstName);
    // Only initials ("Q.", "Q", "Q.-P."), never a different full given name ("Qiang").
    const onlyInitials =
      /^(\p{L}\.?[\s-]*)+$/u.test(given) &&
      given.replace(/[^\p{L}]/gu, '').length === initialsOf(given).length;
    return family === ownerFamily && onlyInitials && initialsOf(given) === ownerInitials
      ? [index]
      : [];
  });
  const [only] = candidates;
  return candidates.length === 1 && only !== undefined
    ? { kind: 'initials', index: only }
    : { kind: 'absent' };
}

/**
 * The authors as the schema wants them: names in order, the owner flagged where only initials
 * say it is them, and a name BibTeX has in braces (`{Alice and Bob}`, an organisation) marked
 * `literal`, so that the site's own BibTeX writes it back whole instead of as `Bob, Alice and`.
 */
export function authorsFor(creators: readonly BibCreator[], ownerName: string): AuthorInput[] {
  const owner = findOwner(creators, ownerName);
  return creators.map((creator, index) => {
    const name = isOthers(creator) ? OTHERS : creatorName(creator);
    if (creator.name) return { name, literal: true };
    return owner.kind === 'initials' && owner.index === index ? { name, owner: true } : name;
  });
}
