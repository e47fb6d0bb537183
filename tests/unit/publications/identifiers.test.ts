import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ARXIV_ID, ARXIV_ID_VERSIONED, ARXIV_IN_TEXT, DOI } from '#lib/publications/identifiers.ts';
import { doiFromUrl, normalizeDoi } from '../../../scripts/lib/paper-identity.ts';
import { readBibtex } from '../../../scripts/lib/bibtex-source.ts';
import { convertRecord } from '../../../scripts/lib/bibtex-record.ts';

/** The DOI-in-a-URL attack: decoded, the URL's `%7D%7D` would close the `doi` field and open an entry. */
const INJECTING_DOI_URL =
  'https://doi.org/10.1145/3498361%7D%7D@misc%7Bpwned,title=%7BInjected%7D,note=%7B';

describe('DOI and arXiv patterns, shared by the schema and the importer', () => {
  const dois: [string, boolean][] = [
    ['10.1145/3498361.3538928', true],
    ['10.1109/TMC.2022.3213456', true],
    ['10.1002/(SICI)1097-4636(199706)35:4<489::AID-JBM9>3.0.CO;2-F', true],
    ['10.1000/a%20b#c~d$e&f@g"h\'i', true],
    ['10.1000/名前😀', true],
    ['10.1145/3498361}}@misc{pwned', false],
    ['10.1145/a{b', false],
    ['10.1145/a\\b', false],
    ['10.1145/a b', false],
    ['10.1145/a\tb', false],
    ['10.1145/a\nb', false],
    ['10.1145/a\u00a0b', false],
    ['10.1145/a\u0007b', false],
    ['10.1145/a\u001bb', false],
    ['10.1145/a\u0085b', false],
    ['10.1145/a\ud800b', false],
    ['https://doi.org/10.1145/1', false],
    ['10.12/short-registrant', false],
    ['10.1145/', false],
  ];
  test('a DOI is 10.NNNN/ and a suffix without white space, braces, backslashes or control characters', () => {
    for (const [doi, ok] of dois) assert.equal(DOI.test(doi), ok, JSON.stringify(doi));
  });

  test('arXiv identifiers: new and old style, with a version only where allowed', () => {
    const ids: [string, bare: boolean, versioned: boolean][] = [
      ['2402.05981', true, true],
      ['2402.05981v2', false, true],
      ['0704.0001', true, true],
      ['cs/0112017', true, true],
      ['math.GT/0309136', true, true],
      ['2402.059', false, false],
      ['2402.05981}', false, false],
      ['2402.05981 ', false, false],
      ['arXiv:2402.05981', false, false],
      ['2402.05981v2v3', false, false],
    ];
    for (const [id, bare, versioned] of ids) {
      assert.equal(ARXIV_ID.test(id), bare, `${id} bare`);
      assert.equal(ARXIV_ID_VERSIONED.test(id), versioned, `${id} versioned`);
    }
    assert.equal(ARXIV_IN_TEXT.exec('arXiv preprint arXiv:2402.05981v2')?.[1], '2402.05981v2');
    assert.equal(ARXIV_IN_TEXT.exec('see ARXIV: cs/0112017.')?.[1], 'cs/0112017');
  });
});

describe('the importer reads only real DOIs', () => {
  test('a DOI that decodes to braces is no DOI', () => {
    assert.equal(doiFromUrl(INJECTING_DOI_URL), undefined);
    assert.equal(normalizeDoi('10.1145/3498361}}@misc{pwned'), undefined);
    assert.equal(doiFromUrl('https://doi.org/10.1145/3498361.3538928'), '10.1145/3498361.3538928');
    assert.equal(doiFromUrl('https://doi.org/10.1000/a%2Fb'), '10.1000/a/b');
  });

  test('a malformed escape in a DOI address does not stop the import', () => {
    assert.equal(doiFromUrl('https://doi.org/10.1000/abc%E0%A4%A'), '10.1000/abc%E0%A4%A');
  });

  test('the whole attack as a BibTeX record: no DOI, and the address kept percent-encoded', () => {
    const [record] = readBibtex(
      `@misc{attack, title = {T}, author = {Wang, Qipeng}, year = {2024},\n  url = {${INJECTING_DOI_URL}}}\n`,
    ).records;
    assert.ok(record);
    const result = convertRecord(record, 'Qipeng Wang');
    assert.ok(result.ok);
    assert.equal(result.data.doi, undefined);
    assert.equal(result.data.venue.url, INJECTING_DOI_URL);
  });
});
