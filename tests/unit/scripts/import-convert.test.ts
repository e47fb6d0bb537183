import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readBibtex, type BibRecord } from '../../../scripts/lib/bibtex-source.ts';
import {
  arxivOf,
  convertRecord,
  monthInPages,
  normalizePages,
  publicationDate,
  publicationType,
  withoutTexEscapes,
} from '../../../scripts/lib/bibtex-record.ts';
import {
  arxivFromText,
  doiFromUrl,
  findSamePaper,
  identityOf,
  normalizeArxiv,
  normalizeDoi,
  normalizeTitle,
} from '../../../scripts/lib/paper-identity.ts';
import {
  acronymInName,
  initialism,
  knownVenue,
  labelFromSeries,
  venueLabel,
  withoutEventDetails,
} from '../../../scripts/lib/venue.ts';
import { publicationSchema } from '../../../src/schemas/publication.ts';
// A venues table of an owner (the first owner's, frozen in the seed fixture site): the engine ships none.
import { siteConfig as seedSite } from '../../fixtures/sites/seed/site.config.ts';

const VENUES = seedSite.venues;

const OWNER = 'Qipeng Wang';
const record = (text: string): BibRecord => {
  const parsed = readBibtex(text).records[0];
  assert.ok(parsed, `no record in ${text}`);
  return parsed;
};

describe('venue labels', () => {
  test("ACM's series gives the label as the venue writes it", () => {
    assert.equal(labelFromSeries("MobiSys '22"), "MobiSys'22");
    assert.equal(labelFromSeries('SenSys 2023'), "SenSys'23");
    assert.equal(labelFromSeries("EMDL'21"), "EMDL'21");
    assert.equal(labelFromSeries("ACM MobiCom '22"), "MobiCom'22");
    assert.equal(labelFromSeries('Lecture Notes in Computer Science'), undefined);
    assert.equal(labelFromSeries('ICPS'), undefined);
  });

  test('known venues by their full or abbreviated names', () => {
    const cases: [string, string][] = [
      [
        'Proceedings of the 20th Annual International Conference on Mobile Systems, Applications and Services',
        'MobiSys',
      ],
      [
        'Proceedings of the 28th Annual International Conference on Mobile Computing And Networking',
        'MobiCom',
      ],
      ['Proceedings of the 21st ACM Conference on Embedded Networked Sensor Systems', 'SenSys'],
      ['19th USENIX Symposium on Networked Systems Design and Implementation', 'NSDI'],
      ['16th USENIX Symposium on Operating Systems Design and Implementation', 'OSDI'],
      ['Proceedings of the 29th Symposium on Operating Systems Principles', 'SOSP'],
      ['Proceedings of the Eighteenth European Conference on Computer Systems', 'EuroSys'],
      [
        'Proceedings of the 28th ACM International Conference on Architectural Support for Programming Languages and Operating Systems',
        'ASPLOS',
      ],
      ['Proceedings of the Web Conference 2021', 'WWW'],
      [
        'Proceedings of the 28th ACM SIGKDD Conference on Knowledge Discovery and Data Mining',
        'KDD',
      ],
      ['Pacific-Asia Conference on Knowledge Discovery and Data Mining', 'PAKDD'],
      ['Advances in Neural Information Processing Systems', 'NeurIPS'],
      ['International Conference on Machine Learning', 'ICML'],
      ['The Eleventh International Conference on Learning Representations', 'ICLR'],
      ['Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition', 'CVPR'],
      ['IEEE Transactions on Mobile Computing', 'TMC'],
      ['IEEE Trans. Mob. Comput.', 'TMC'],
      ['ACM Transactions on Software Engineering and Methodology', 'TOSEM'],
      ['IEEE Transactions on Software Engineering', 'TSE'],
      [
        'Proceedings of the 5th International Workshop on Embedded and Mobile Deep Learning',
        'EMDL',
      ],
      [
        'Proceedings of the 24th International Workshop on Mobile Computing Systems and Applications',
        'HotMobile',
      ],
    ];
    for (const [name, short] of cases) assert.equal(knownVenue(name, VENUES), short, name);
    assert.equal(knownVenue('Journal of Systems Research', VENUES), undefined);
    // The engine ships no table: without the owner's, no name is known.
    assert.equal(knownVenue('International Conference on Machine Learning', []), undefined);
  });

  test('an acronym written in the name: in brackets, or DBLP style with the year', () => {
    assert.deepEqual(
      acronymInName(
        '17th USENIX Symposium on Operating Systems Design and Implementation (OSDI 23)',
      ),
      { acronym: 'OSDI', year: '23' },
    );
    assert.deepEqual(acronymInName("Proceedings of the Conference (MobiSys '22)"), {
      acronym: 'MobiSys',
      year: '22',
    });
    assert.deepEqual(
      acronymInName('21st USENIX Symposium, NSDI 2024, Santa Clara, CA, April 15-17, 2024'),
      { acronym: 'NSDI', year: '2024' },
    );
    assert.deepEqual(
      acronymInName('2021 USENIX Annual Technical Conference, USENIX ATC 2021, July 14-16, 2021'),
      { acronym: 'ATC', year: '2021' },
    );
    assert.equal(acronymInName('Proceedings of the ACM (Volume 1: Long Papers)'), undefined);
    assert.equal(acronymInName('Journal of the thing (ACM)'), undefined);
    assert.equal(
      withoutEventDetails(
        '21st USENIX Symposium on X, NSDI 2024, Santa Clara, CA, April 15-17, 2024',
      ),
      '21st USENIX Symposium on X',
    );
    assert.equal(
      withoutEventDetails('Mobile Systems, Applications and Services'),
      'Mobile Systems, Applications and Services',
    );
  });

  test('labels carry the year, except arXiv; unknown venues get a guess, flagged', () => {
    assert.deepEqual(
      venueLabel({
        type: 'conference',
        name: 'Proceedings of the Web Conference 2021',
        year: 2021,
        venues: VENUES,
      }),
      { short: "WWW'21", guessed: false },
    );
    assert.deepEqual(
      venueLabel({
        type: 'journal',
        name: 'IEEE Transactions on Mobile Computing',
        year: 2022,
        venues: VENUES,
      }),
      { short: "TMC'22", guessed: false },
    );
    assert.deepEqual(
      venueLabel({ type: 'conference', name: 'Whatever', series: "MobiSys '22", year: 2022 }),
      { short: "MobiSys'22", guessed: false },
    );
    assert.deepEqual(
      venueLabel({ type: 'preprint', name: 'arXiv preprint arXiv:2402.05981', year: 2024 }),
      { short: 'arXiv', guessed: false },
    );
    assert.deepEqual(venueLabel({ type: 'preprint', name: 'CoRR', year: 2024 }), {
      short: 'arXiv',
      guessed: false,
    });
    assert.deepEqual(
      venueLabel({ type: 'thesis', name: 'Peking University', year: 2025, entryType: 'phdthesis' }),
      { short: 'Ph.D. Thesis', guessed: false },
    );
    assert.deepEqual(
      venueLabel({ type: 'conference', name: 'Symposium on Systems Research', year: 2023 }),
      { short: "SSR'23", guessed: true },
    );
    assert.deepEqual(venueLabel({ type: 'other', year: 2023 }), {
      short: 'Manuscript',
      guessed: true,
    });
    assert.deepEqual(venueLabel({ type: 'conference', name: "FooConf'22", year: 2022 }), {
      short: "FooConf'22",
      guessed: false,
    });
    assert.deepEqual(
      venueLabel({
        type: 'journal',
        name: 'ACM Transactions on Foo and Bar Engineering Methods',
        year: 2022,
      }),
      { short: "ATFBEM'22", guessed: true },
    );
    assert.equal(
      initialism('Proceedings of the 3rd Annual Symposium on Cool Things, Somewhere, 2023'),
      'SCT',
    );
    assert.equal(initialism('Nature'), 'Nature');
  });

  test('a venue no table knows gets a label a reader can read: a short journal name, the export’s abbreviation', () => {
    const cases: [
      name: string,
      type: 'journal' | 'conference',
      shortName: string | undefined,
      label: string,
    ][] = [
      ['Genome Research', 'journal', undefined, "Genome Research'23"],
      ['Briefings in Bioinformatics', 'journal', undefined, "Briefings in Bioinformatics'23"],
      ['PLOS Computational Biology', 'journal', undefined, "PLOS Computational Biology'23"],
      ['The Lancet', 'journal', undefined, "Lancet'23"],
      ['Proceedings of the National Academy of Sciences', 'journal', undefined, "PNAS'23"],
      ['Journal of the American Statistical Association', 'journal', undefined, "JASA'23"],
      [
        'Proceedings of the National Academy of Sciences',
        'journal',
        'Proc Natl Acad Sci USA',
        "Proc Natl Acad Sci USA'23",
      ],
      ['Pacific Symposium on Biocomputing', 'conference', undefined, "PSB'23"],
    ];
    for (const [name, type, shortName, label] of cases)
      assert.equal(
        venueLabel({ type, name, shortName, year: 2023, venues: [] }).short,
        label,
        name,
      );
  });
});

describe('identifiers', () => {
  test('DOIs and arXiv ids are normalised wherever they are written', () => {
    assert.equal(
      normalizeDoi(' https://doi.org/10.1145/3498361.3538928 '),
      '10.1145/3498361.3538928',
    );
    assert.equal(normalizeDoi('doi:10.1109/TMC.2022.3213456'), '10.1109/TMC.2022.3213456');
    assert.equal(normalizeDoi('not a doi'), undefined);
    assert.equal(
      doiFromUrl('https://dl.acm.org/doi/abs/10.1145/3495243.3560545'),
      '10.1145/3495243.3560545',
    );
    assert.equal(doiFromUrl('https://ieeexplore.ieee.org/abstract/document/9917556/'), undefined);
    assert.equal(normalizeArxiv('arXiv:2402.05981v3'), '2402.05981');
    assert.equal(normalizeArxiv('cs/0112017'), 'cs/0112017');
    assert.equal(normalizeArxiv('12345'), undefined);
    assert.equal(arxivFromText('https://arxiv.org/pdf/2401.08092.pdf'), '2401.08092');
    assert.equal(arxivFromText('arXiv preprint arXiv:2402.05981'), '2402.05981');
    assert.equal(
      normalizeTitle('{Melon}: Breaking the Memory-Wall — ÉTUDE'),
      normalizeTitle('melon breaking the memory wall etude'),
    );
  });

  test('the same paper is found by DOI, then arXiv id, then title', () => {
    const known = [
      { path: 'a.mdx', identity: identityOf({ title: 'Paper A', doi: '10.1145/ABC' }) },
      {
        path: 'b.mdx',
        identity: identityOf({
          title: 'Paper B',
          venue: { url: 'https://arxiv.org/abs/2401.08092' },
        }),
      },
      { path: 'c.mdx', identity: identityOf({ title: 'Paper C' }) },
    ];
    assert.deepEqual(findSamePaper(identityOf({ title: 'Other', doi: '10.1145/abc' }), known), {
      match: known[0],
      by: 'DOI',
    });
    assert.deepEqual(findSamePaper(identityOf({ title: 'Other', arxiv: '2401.08092' }), known), {
      match: known[1],
      by: 'arXiv',
    });
    assert.deepEqual(findSamePaper(identityOf({ title: 'paper c' }), known), {
      match: known[2],
      by: 'title',
    });
    assert.equal(
      findSamePaper(identityOf({ title: 'Paper D', doi: '10.1145/xyz' }), known),
      undefined,
    );
  });
});

describe('converting a record', () => {
  test('entry types become publication types', () => {
    const type = (text: string) => {
      const parsed = record(text);
      return publicationType(parsed, arxivOf(parsed.fields));
    };
    assert.equal(type('@inproceedings{a, booktitle={Proceedings of MobiSys}}'), 'conference');
    assert.equal(
      type(
        '@inproceedings{a, booktitle={Proceedings of the 5th International Workshop on Embedded and Mobile Deep Learning}}',
      ),
      'workshop',
    );
    assert.equal(type('@article{a, journal={IEEE Transactions on Mobile Computing}}'), 'journal');
    assert.equal(type('@article{a, journal={arXiv preprint arXiv:2402.05981}}'), 'preprint');
    assert.equal(type('@article{a, journal={CoRR}, volume={abs/2401.08092}}'), 'preprint');
    assert.equal(type('@misc{a, eprint={2505.04321}, archivePrefix={arXiv}}'), 'preprint');
    assert.equal(type('@misc{a, howpublished={A poster}}'), 'other');
    assert.equal(type('@phdthesis{a, school={PKU}}'), 'thesis');
    assert.equal(type('@incollection{a, booktitle={A Book}}'), 'chapter');
    assert.equal(type('@techreport{a, institution={MSR}}'), 'report');
  });

  test('dates, pages', () => {
    assert.equal(publicationDate({ year: '2022' }), 2022);
    assert.equal(publicationDate({ year: '2022', month: '6' }), '2022-06');
    assert.equal(publicationDate({ year: '2022', month: 'summer' }), 2022);
    assert.equal(publicationDate({ date: '2023-11-02' }), '2023-11');
    assert.equal(publicationDate({}), undefined);
    const cases: [written: string | undefined, normalized: string | undefined][] = [
      ['450–463', '450--463'],
      ['1812-1826', '1812--1826'],
      ['1812 -- 1826', '1812--1826'],
      ['33—41', '33--41'],
      ['33---41', '33--41'],
      ['e42', 'e42'],
      ['1-1', '1'],
      ['12:1--12:25', undefined],
      ['1----3', undefined],
      ['', undefined],
      [undefined, undefined],
    ];
    for (const [written, normalized] of cases)
      assert.equal(normalizePages(written), normalized, JSON.stringify(written));
  });

  test('outside computer science: preprint servers whatever the entry type, Cell Press pages, DBLP escapes', () => {
    const table: [bibtex: string, expected: Record<string, unknown>][] = [
      // Google Scholar's bioRxiv export: an article whose "pages" is the month posted.
      [
        '@article{s, title={Fast Recombination Maps}, author={Wang, Qipeng and Sato, Hana}, journal={bioRxiv}, pages={2023--10}, year={2023}, publisher={Cold Spring Harbor Laboratory}}',
        { type: 'preprint', date: '2023-10', pages: undefined },
      ],
      [
        '@article{m, title={Cohort Scores}, author={Wang, Qipeng}, journal={medRxiv}, year={2024}, doi={10.1101/2024.11.03.24316655}}',
        { type: 'preprint', date: 2024, doi: '10.1101/2024.11.03.24316655' },
      ],
      // A bioRxiv DOI alone, under another entry type.
      [
        '@misc{b, title={B}, author={Wang, Qipeng}, year={2022}, doi={10.1101/2022.01.02.474747}}',
        { type: 'preprint' },
      ],
      [
        '@article{r, title={R}, author={Wang, Qipeng}, journal={Research Square}, year={2023}}',
        { type: 'preprint' },
      ],
      [
        '@techreport{x, title={X}, author={Wang, Qipeng}, institution={SSRN}, year={2023}, doi={10.2139/ssrn.4412345}}',
        { type: 'preprint' },
      ],
      // Genome Research is Cold Spring Harbor's too (10.1101/gr.…): a journal.
      [
        '@article{g, title={G}, author={Wang, Qipeng}, journal={Genome Research}, year={2021}, doi={10.1101/gr.275533.121}, pages={1--12}}',
        { type: 'journal', pages: '1--12' },
      ],
      // A journal's page range of 2023--10 is left to the pages rule, not read as a date.
      [
        '@article{j, title={J}, author={Wang, Qipeng}, journal={Cell}, year={2023}, pages={701--718.e12}, volume={186}}',
        { type: 'journal', pages: '701--718.e12' },
      ],
      [
        '@article{p, title={P}, author={Wang, Qipeng}, journal={PLOS Biology}, year={2020}, pages={e1002345}}',
        { type: 'journal', pages: 'e1002345' },
      ],
      // DBLP escapes the underscore of a Springer DOI.
      [
        String.raw`@incollection{d, title={D}, author={Wang, Qipeng}, booktitle={RECOMB}, year={2023}, doi={10.1007/978-3-031-29119-7\_6}, url={https://doi.org/10.1007/978-3-031-29119-7\_6}}`,
        { doi: '10.1007/978-3-031-29119-7_6' },
      ],
    ];
    for (const [bibtex, expected] of table) {
      const result = convertRecord(record(bibtex), OWNER);
      assert.ok(result.ok, bibtex);
      const data = result.data as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(expected))
        assert.deepEqual(data[field], value, `${field} of ${bibtex}`);
      assert.ok(publicationSchema.safeParse({ ...result.data, order: 1 }).success, bibtex);
    }
    const scholar = convertRecord(
      record(
        '@article{s, title={S}, author={Wang, Qipeng}, journal={bioRxiv}, pages={2023--10}, year={2023}}',
      ),
      OWNER,
    );
    assert.ok(scholar.ok);
    assert.ok(
      scholar.notes.includes('pages "2023–10" read as the month posted (2023-10), not pages'),
      scholar.notes.join('; '),
    );
  });

  test('TeX escapes in DOIs and addresses, and months hidden in pages', () => {
    const escapes: [string | undefined, string | undefined][] = [
      [String.raw`10.1007/978-3-031-29119-7\_6`, '10.1007/978-3-031-29119-7_6'],
      [String.raw`https://example.org/a\%20b\&c\#d`, 'https://example.org/a%20b&c#d'],
      [String.raw`10.1000/{\_}x`, '10.1000/_x'],
      // A brace cannot close the field in the file written: braces go.
      ['10.1000/x}@misc{evil,', '10.1000/x@miscevil,'],
      [undefined, undefined],
    ];
    for (const [written, plain] of escapes)
      assert.equal(withoutTexEscapes(written), plain, String(written));
    const months: [pages: string | undefined, year: number, month: number | undefined][] = [
      ['2023--10', 2023, 10],
      ['2023-1', 2023, 1],
      ['2023--10', 2024, undefined],
      ['2023--13', 2023, undefined],
      ['701--718', 2023, undefined],
      [undefined, 2023, undefined],
    ];
    for (const [pages, year, month] of months)
      assert.equal(monthInPages(pages, year), month, `${pages} in ${year}`);
  });

  test('an ACM record becomes front matter that fits the schema', () => {
    const result = convertRecord(
      record(String.raw`@inproceedings{10.1145/3643832.3661901,
        author = {Wang, Qipeng and M\"{u}ller, Lena},
        title = {Kestrel: Memory-Frugal Fine-Tuning of {LLMs}.},
        year = {2024}, month = jun, publisher = {Association for Computing Machinery},
        url = {https://doi.org/10.1145/3643832.3661901}, doi = {10.1145/3643832.3661901},
        booktitle = {Proceedings of the 22nd Annual International Conference on Mobile Systems, Applications and Services},
        pages = {112–125}, series = {MobiSys '24}, abstract = {An {abstract}.}}`),
      OWNER,
    );
    assert.ok(result.ok);
    assert.deepEqual(result.data, {
      title: 'Kestrel: Memory-Frugal Fine-Tuning of LLMs',
      authors: ['Qipeng Wang', 'Lena Müller'],
      venue: {
        short: "MobiSys'24",
        name: 'Proceedings of the 22nd Annual International Conference on Mobile Systems, Applications and Services',
        url: 'https://doi.org/10.1145/3643832.3661901',
      },
      date: '2024-06',
      type: 'conference',
      doi: '10.1145/3643832.3661901',
      pages: '112--125',
      publisher: 'Association for Computing Machinery',
    });
    assert.equal(result.abstract, 'An abstract.');
    assert.deepEqual(result.notes, []);
    assert.ok(publicationSchema.safeParse({ ...result.data, order: 1 }).success);
  });

  test('a Google Scholar arXiv record becomes a preprint with its arXiv id and link', () => {
    const result = convertRecord(
      record(
        '@article{w, title={Tide}, author={Wang, Qipeng and others}, journal={arXiv preprint arXiv:2503.01234}, year={2025}}',
      ),
      OWNER,
    );
    assert.ok(result.ok);
    assert.deepEqual(result.data.venue, {
      short: 'arXiv',
      url: 'https://arxiv.org/abs/2503.01234',
    });
    assert.equal(result.data.arxiv, '2503.01234');
    assert.equal(result.data.type, 'preprint');
    assert.deepEqual(result.data.authors, ['Qipeng Wang', 'others']);
    assert.deepEqual(result.notes, ['the author list ends with "and others": complete it']);
  });

  test('a name in braces (an organisation) is one literal author, never split at its "and"', () => {
    const result = convertRecord(
      record(
        '@misc{a, title={T}, author={Wang, Qipeng and {Alice and Bob} and {Plato}}, year={2024}}',
      ),
      OWNER,
    );
    assert.ok(result.ok);
    assert.deepEqual(result.data.authors, [
      'Qipeng Wang',
      { name: 'Alice and Bob', literal: true },
      { name: 'Plato', literal: true },
    ]);
  });

  test('a venue written only as its label comes back as that label, without a made-up full name', () => {
    for (const [type, entryType, field] of [
      ['conference', 'inproceedings', 'booktitle'],
      ['journal', 'article', 'journal'],
    ] as const) {
      const result = convertRecord(
        record(
          `@${entryType}{a, title={T}, author={Wang, Qipeng}, year={2022}, ${field}={FooConf'22}}`,
        ),
        OWNER,
      );
      assert.ok(result.ok);
      assert.deepEqual([result.data.type, result.data.venue], [type, { short: "FooConf'22" }]);
      assert.deepEqual(result.notes, []);
    }
  });

  test('says why a record cannot be converted', () => {
    const reason = (text: string) => {
      const result = convertRecord(record(text), OWNER);
      return result.ok ? 'converted' : result.reason;
    };
    assert.equal(reason('@article{a, author={Wang, Qipeng}, year={2020}}'), 'it has no title');
    assert.equal(reason('@article{a, title={T}, year={2020}}'), 'it has no authors');
    assert.equal(reason('@article{a, title={T}, author={Wang, Qipeng}}'), 'it has no year');
    assert.equal(
      reason('@article{a, title={T}, author={Li, Wei}, year={2020}}'),
      'Qipeng Wang is not among its authors (Wei Li)',
    );
    assert.match(
      reason('@article{a, title={T}, author={Li, Wei and others}, year={2020}}'),
      /the list ends with "and others"/,
    );
  });

  test('notes what the author should check: a bad DOI, odd pages, a guessed label', () => {
    const result = convertRecord(
      record(
        '@article{a, title={T}, author={Wang, Qipeng}, year={2020}, doi={n/a}, pages={12:1--12:25}, journal={Journal of Systems Research and Engineering Practice}}',
      ),
      OWNER,
    );
    assert.ok(result.ok);
    assert.equal(result.data.doi, undefined);
    assert.equal(result.data.pages, undefined);
    assert.deepEqual(result.notes, [
      'DOI "n/a" left out: not a DOI',
      'venue label "JSREP\'20" is a guess: edit venue.short',
      'pages "12:1–12:25" left out: not a page range',
    ]);
  });
});

describe('@string expansion is bounded', () => {
  const chain = (times: number, name: string) => Array(times).fill(name).join(' # ');
  test('chained @strings that would grow a record to megabytes are refused, with a line; the record keeps its other fields', () => {
    const source = [
      `@string{a = "${'a'.repeat(64)}"}`,
      `@string{b = ${chain(16, 'a')}}`,
      `@string{c = ${chain(16, 'b')}}`,
      `@string{d = ${chain(16, 'c')}}`,
      `@misc{bomb, title = ${chain(4, 'd')}, author = {Wang, Qipeng}, year = {2024}}`,
      `@misc{fine, title = b, author = {Wang, Qipeng}, year = {2024}}`,
    ].join('\n');
    const result = readBibtex(source);
    assert.deepEqual(
      result.warnings.filter((line) => line.startsWith('@string')),
      [
        "@string c would expand to 16,384 characters, over the 4,096 a @string may have (a journal's name is a few dozen), so it was not read",
      ],
    );
    // The bound on work: what the parser produced is the size of the file, not of the expansion.
    const sizes = result.records.map((record) => [record.key, record.fields.title?.length]);
    assert.deepEqual(sizes, [
      ['bomb', 64],
      ['fine', 1024],
    ]);
  });

  test('a record whose @strings expand past the record limit is skipped, named', () => {
    const source = [
      `@string{b = "${'b'.repeat(4000)}"}`,
      `@misc{wide, title = ${chain(40, 'b')}, author = {Wang, Qipeng}, year = {2024}}`,
    ].join('\n');
    assert.deepEqual(readBibtex(source).broken, [
      {
        key: 'wide',
        reason:
          'its @strings would expand it to 157 KB, over the 64 KB a record may have, so it was not read',
      },
    ]);
  });
});
