/**
 * Text folded for comparing and for ASCII names: one definition for author names, citation
 * keys, file names, titles and venue names, so that `Zürich` and `zurich` are the same
 * everywhere or nowhere.
 */

/** Letters Unicode does not decompose into a base letter and an accent, written as people transliterate them. */
const UNDECOMPOSED: Record<string, string> = { ß: 'ss', Ł: 'L', ł: 'l', Ø: 'O', ø: 'o' };

/** Lower case, accents removed: `Łukasz Ñandú, Straße` → `lukasz nandu, strasse`. Everything else is kept. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßŁłØø]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .toLowerCase();
}

/** Title words that say nothing about a paper, skipped when a citation key or a file name is made from its title. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'in',
  'for',
  'to',
  'towards',
  'toward',
  'and',
  'with',
  'is',
  'are',
  'do',
  'does',
  'when',
  'how',
  'why',
  'what',
  'via',
  'by',
  'from',
  'at',
]);

/** True for a title word that says nothing about the paper (`Towards`, `of`, `A`), in any case. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(foldText(word));
}
