/**
 * What a DOI and an arXiv identifier look like: one definition for the schema, which refuses
 * anything else in front matter, and for the importer, which finds them in BibTeX.
 */

/** How every DOI starts: `10.`, the registrant's number, `/` (as a RegExp source, for finding one in an address). */
export const DOI_PREFIX = String.raw`10\.\d{4,9}\/`;

/**
 * A DOI: the prefix, then a suffix of any characters but whitespace, braces, backslashes and
 * control characters, e.g. `10.1145/3498361.3538928`. No real DOI has those, and they are what
 * would let a DOI break out of a BibTeX entry.
 */
export const DOI = new RegExp(String.raw`^${DOI_PREFIX}[^\s{}\\\p{Cc}\p{Cs}]+$`, 'u');

/** The identifier proper: `2402.05981` (since 2007), `cs/0112017` or `math.GT/0309136` (before). */
const ARXIV_BODY = String.raw`(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})`;

/** An arXiv identifier without a version: `2402.05981`, `cs/0112017`. */
export const ARXIV_ID = new RegExp(`^${ARXIV_BODY}$`);

/** An arXiv identifier, with or without a version: `2402.05981`, `2402.05981v2`. */
export const ARXIV_ID_VERSIONED = new RegExp(String.raw`^${ARXIV_BODY}(?:v\d+)?$`);

/** An arXiv identifier in running text, `arXiv preprint arXiv:2402.05981v2`: the identifier is group 1. */
export const ARXIV_IN_TEXT = new RegExp(String.raw`\barxiv:\s*(${ARXIV_BODY}(?:v\d+)?)`, 'i');
