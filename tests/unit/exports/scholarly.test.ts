import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  assignCitationKeys,
  bibtexName,
  escapeLatex,
  protectCapitals,
  toBibliography,
  toBibtex,
} from '#lib/exports/bibtex.ts';
import { citationDate, citationMetaTags } from '#lib/exports/citation-meta.ts';
import { cslAuthor, cslName, toCsl } from '#lib/exports/csl.ts';
import { escapeXml, feedTimestamp, toAtom } from '#lib/exports/feed.ts';
import { articleJsonLd, personJsonLd, serializeJsonLd } from '#lib/exports/json-ld.ts';
import { plainText, truncate } from '#lib/markdown/plain-text.ts';
import { publicationSchema, type PublicationInput } from '../../../src/schemas/publication.ts';

const paper = (id: string, input: Partial<PublicationInput> = {}) => ({
  id,
  data: publicationSchema.parse({
    title: 'Melon: Breaking the Memory Wall for Resource-Efficient On-Device Machine Learning',
    authors: ['Qipeng Wang', 'Mengwei Xu', 'Xuanzhe Liu'],
    venue: {
      short: "MobiSys'22",
      name: 'The 20th Annual International Conference on Mobile Systems, Applications and Services',
      url: 'https://dl.acm.org/doi/abs/10.1145/3498361.3538928',
    },
    date: 2022,
    type: 'conference',
    doi: '10.1145/3498361.3538928',
    order: 1,
    ...input,
  }),
});

const parsedOne = (bibtex: string) => {
  const result = parseBibtex(bibtex, { sentenceCase: false });
  assert.deepEqual(result.errors, []);
  assert.equal(result.entries.length, 1);
  return result.entries[0]!;
};

describe('BibTeX', () => {
  test('escapes LaTeX specials and protects acronyms', () => {
    assert.equal(
      escapeLatex('5% & $x_1$ #{a}~^\\'),
      '5\\% \\& \\$x\\_1\\$ \\#\\{a\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
    assert.equal(
      protectCapitals('A Survey of LLM and DNN Training on MobiSys'),
      'A Survey of {LLM} and {DNN} Training on {MobiSys}',
    );
  });

  test('writes names as Last, First', () => {
    assert.equal(bibtexName('Qipeng Wang'), 'Wang, Qipeng');
    assert.equal(bibtexName('Wang, Qipeng'), 'Wang, Qipeng');
    assert.equal(bibtexName('Plato'), 'Plato');
  });

  test('makes stable keys and disambiguates collisions in the author order', () => {
    const keys = assignCitationKeys([
      paper('b', { order: 2 }),
      paper('a', { order: 1 }),
      paper('c', { order: 3, title: 'Towards a Survey', citationKey: 'mykey' }),
    ]);
    assert.deepEqual(Object.fromEntries(keys), {
      a: 'wang2022melona',
      b: 'wang2022melonb',
      c: 'mykey',
    });
    assert.deepEqual(
      Object.fromEntries(
        assignCitationKeys([paper('x', { title: 'Towards ubiquitous learning' })]),
      ),
      { x: 'wang2022ubiquitous' },
    );
  });

  test('a conference paper is an @inproceedings that a BibTeX parser reads back exactly', () => {
    const entry = parsedOne(
      toBibtex(paper('melon', { pages: '1-14', publisher: 'ACM' }), 'wang2022melon'),
    );
    assert.equal(entry.type, 'inproceedings');
    assert.equal(entry.key, 'wang2022melon');
    assert.equal(
      entry.fields.title,
      'Melon: Breaking the Memory Wall for Resource-Efficient On-Device Machine Learning',
    );
    assert.deepEqual(entry.fields.author, [
      { lastName: 'Wang', firstName: 'Qipeng' },
      { lastName: 'Xu', firstName: 'Mengwei' },
      { lastName: 'Liu', firstName: 'Xuanzhe' },
    ]);
    assert.equal(
      entry.fields.booktitle,
      'The 20th Annual International Conference on Mobile Systems, Applications and Services',
    );
    assert.equal(
      entry.fields.series,
      "MobiSys'22",
      'the label, as ACM writes it, for the importer to read back',
    );
    assert.equal(entry.fields.year, '2022');
    assert.equal(entry.fields.doi, '10.1145/3498361.3538928');
    assert.equal(entry.fields.pages, '1–14');
    assert.deepEqual(entry.fields.publisher, ['ACM']);
  });

  test('a journal paper is an @article with volume and number', () => {
    const entry = parsedOne(
      toBibtex(
        paper('flash', {
          type: 'journal',
          venue: { short: "TMC'22", name: 'IEEE Transactions on Mobile Computing' },
          volume: 23,
          issue: 4,
        }),
        'k',
      ),
    );
    assert.equal(entry.type, 'article');
    assert.equal(entry.fields.journal, 'IEEE Transactions on Mobile Computing');
    assert.equal(entry.fields.series, undefined);
    assert.equal(entry.fields.volume, '23');
    assert.equal(entry.fields.number, '4');
  });

  test('an arXiv preprint is a @misc with eprint and archivePrefix', () => {
    const entry = parsedOne(
      toBibtex(
        paper('survey', {
          type: 'preprint',
          venue: { short: 'arXiv' },
          doi: undefined,
          arxiv: '2401.08092',
          date: '2024-01',
        }),
        'k',
      ),
    );
    assert.equal(entry.type, 'misc');
    assert.equal(entry.fields.eprint, '2401.08092');
    assert.equal(entry.fields.archiveprefix, 'arXiv');
    assert.equal(entry.fields.month, '1');
    assert.equal(entry.fields.url, 'https://arxiv.org/abs/2401.08092');
  });

  test('LaTeX characters and Unicode names survive the round trip', () => {
    const entry = parsedOne(
      toBibtex(
        paper('odd', {
          title: 'Costs $5 & 10% of {x}_y',
          authors: ['Łukasz Ñandú', '王启鹏', 'Qipeng Wang'],
        }),
        'k',
      ),
    );
    assert.equal(entry.fields.title, 'Costs $5 & 10% of {x}_y');
    assert.deepEqual(entry.fields.author?.[0], { lastName: 'Ñandú', firstName: 'Łukasz' });
  });

  test('the bibliography parses as one entry per paper with distinct keys', () => {
    const result = parseBibtex(
      toBibliography([paper('a'), paper('b', { order: 2, title: 'Flash' })]),
    );
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.entries.map((entry) => entry.key),
      ['wang2022melon', 'wang2022flash'],
    );
  });
});

describe('CSL-JSON', () => {
  test('splits names and maps types, dates and identifiers', () => {
    assert.deepEqual(cslName('Qipeng Wang'), { family: 'Wang', given: 'Qipeng' });
    assert.deepEqual(cslName('Plato'), { literal: 'Plato' });
    assert.deepEqual(cslName('King, Jr., Martin'), { family: 'King', given: 'Jr., Martin' });
    assert.deepEqual(cslAuthor({ name: 'Alice and Bob', literal: true }), {
      literal: 'Alice and Bob',
    });
    assert.deepEqual(cslAuthor('Alice and Bob'), { family: 'Bob', given: 'Alice and' });
    const item = toCsl(paper('melon', { date: '2022-06', pages: '1--14' }), 'wang2022melon');
    assert.equal(item.type, 'paper-conference');
    assert.deepEqual(item.issued, { 'date-parts': [[2022, 6]] });
    assert.equal(item.DOI, '10.1145/3498361.3538928');
    assert.equal(item.page, '1-14');
    assert.equal(item['container-title-short'], "MobiSys'22");
    assert.equal(
      toCsl(paper('p', { type: 'preprint', venue: { short: 'arXiv' }, arxiv: '2402.05981' }), 'k')
        .number,
      'arXiv:2402.05981',
    );
  });
});

describe('Google Scholar meta tags', () => {
  test('emit title, authors in order, date, venue by type, DOI and pages', () => {
    const tags = citationMetaTags(
      paper('melon', { pages: '1-14', volume: 3, publisher: 'ACM' }).data,
    );
    assert.deepEqual(tags, [
      [
        'citation_title',
        'Melon: Breaking the Memory Wall for Resource-Efficient On-Device Machine Learning',
      ],
      ['citation_author', 'Qipeng Wang'],
      ['citation_author', 'Mengwei Xu'],
      ['citation_author', 'Xuanzhe Liu'],
      ['citation_publication_date', '2022'],
      [
        'citation_conference_title',
        'The 20th Annual International Conference on Mobile Systems, Applications and Services',
      ],
      ['citation_volume', '3'],
      ['citation_firstpage', '1'],
      ['citation_lastpage', '14'],
      ['citation_publisher', 'ACM'],
      ['citation_doi', '10.1145/3498361.3538928'],
    ]);
  });

  test('journals get citation_journal_title; preprints no venue tag; the PDF only when given', () => {
    const journal = citationMetaTags(paper('j', { type: 'journal' }).data);
    assert.ok(journal.some(([name]) => name === 'citation_journal_title'));
    const preprint = citationMetaTags(
      paper('p', { type: 'preprint', venue: { short: 'arXiv' }, arxiv: '2402.05981' }).data,
      'https://x.org/files/p.pdf',
    );
    assert.ok(!preprint.some(([name]) => /conference_title|journal_title|institution/.test(name)));
    assert.deepEqual(
      preprint.filter(([name]) => /arxiv|pdf/.test(name)),
      [
        ['citation_arxiv_id', '2402.05981'],
        ['citation_pdf_url', 'https://x.org/files/p.pdf'],
      ],
    );
  });

  test('dates are YYYY/MM/DD or the year alone', () => {
    assert.equal(citationDate({ year: 2022, month: 6, day: 7 }), '2022/06/07');
    assert.equal(citationDate({ year: 2024, month: 2 }), '2024');
  });
});

describe('JSON-LD', () => {
  const author = {
    name: 'Qipeng Wang',
    nameZh: '王启鹏',
    bio: 'CS Ph.D. Candidate @ PKU',
    affiliation: 'Peking University',
    github: 'qipengwang',
  };

  test('the Person names the alternate name, affiliation and profiles', () => {
    const person = personJsonLd(author, 'https://qipengwang.github.io/');
    assert.equal(person['@id'], 'https://qipengwang.github.io/#person');
    assert.equal(person.alternateName, '王启鹏');
    assert.deepEqual(person.sameAs, ['https://github.com/qipengwang']);
    const everywhere = personJsonLd(
      { ...author, orcid: '0000-0002-1825-0097', googleScholar: 'R1RGh24AAAAJ' },
      'https://qipengwang.github.io/',
    );
    assert.deepEqual(everywhere.sameAs, [
      'https://github.com/qipengwang',
      'https://scholar.google.com/citations?user=R1RGh24AAAAJ',
      'https://orcid.org/0000-0002-1825-0097',
    ]);
  });

  test('the article links the owner to the Person and lists authors in order', () => {
    const article = articleJsonLd(paper('melon').data, {
      pageUrl: 'https://q.io/publications/melon/',
      aboutUrl: 'https://q.io/',
      ownerName: 'Qipeng Wang',
    });
    const authors = article.author as { '@id'?: string; name: string }[];
    assert.deepEqual(
      authors.map((person) => person.name),
      ['Qipeng Wang', 'Mengwei Xu', 'Xuanzhe Liu'],
    );
    assert.equal(authors[0]?.['@id'], 'https://q.io/#person');
    assert.deepEqual(article.sameAs, [
      'https://doi.org/10.1145/3498361.3538928',
      'https://dl.acm.org/doi/abs/10.1145/3498361.3538928',
    ]);
  });

  test('serialised JSON-LD cannot close its script element, and means the same JSON', () => {
    const cases: [value: string, serialised: string][] = [
      ['</script><b>', '{"a":"\\u003c/script\\u003e\\u003cb\\u003e"}'],
      ['<!-- x --> ]]>', '{"a":"\\u003c!-- x --\\u003e ]]\\u003e"}'],
      ['Tom & Jerry &amp;', '{"a":"Tom \\u0026 Jerry \\u0026amp;"}'],
      ['line\u2028para\u2029end', '{"a":"line\\u2028para\\u2029end"}'],
      ['"quoted" \\ \u0007 \ud800', '{"a":"\\"quoted\\" \\\\ \\u0007 \\ud800"}'],
    ];
    for (const [value, serialised] of cases) {
      assert.equal(serializeJsonLd({ a: value }), serialised);
      assert.deepEqual(JSON.parse(serialised), { a: value });
    }
  });
});

describe('Atom feed and plain text', () => {
  test('the feed parses, has the required elements and lists newest first', () => {
    const xml = toAtom({
      title: 'Publications of Qipeng Wang',
      feedUrl: 'https://q.io/feed.xml',
      homeUrl: 'https://q.io/',
      author: 'Qipeng Wang',
      entries: [
        {
          url: 'https://q.io/publications/a/',
          title: 'Old & <tagged>',
          published: feedTimestamp({ year: 2021 }),
          authors: ['A'],
          summary: 's',
        },
        {
          url: 'https://q.io/publications/b/',
          title: 'New',
          published: feedTimestamp({ year: 2024, month: 2 }),
          authors: ['B', 'C'],
          summary: 's',
        },
      ],
    });
    const feed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'entry' || name === 'author' || name === 'link',
    }).parse(xml).feed;
    assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
    assert.equal(feed.updated, '2024-02-01T00:00:00Z');
    assert.deepEqual(
      feed.entry.map((entry: { title: string }) => entry.title),
      ['New', 'Old & <tagged>'],
    );
    assert.equal(feed.entry[0].author.length, 2);
    assert.equal(
      escapeXml(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  test('characters XML cannot carry are dropped, so the feed always parses', () => {
    const xml = toAtom({
      title: 'Feed\u0001',
      feedUrl: 'https://q.io/feed.xml',
      homeUrl: 'https://q.io/',
      author: 'Q\u001b',
      entries: [
        {
          url: 'https://q.io/p/',
          title: 'Bell\u0007 \ud800]]></title>',
          published: feedTimestamp({ year: 2024 }),
          authors: ['A\u0008'],
          summary: 'An abstract\u000c with \uffff in it',
        },
      ],
    });
    assert.equal(XMLValidator.validate(xml), true);
    const feed = new XMLParser({ trimValues: false }).parse(xml).feed;
    assert.deepEqual(
      [feed.title, feed.author.name, feed.entry.title, feed.entry.author.name, feed.entry.summary],
      ['Feed', 'Q', 'Bell ]]></title>', 'A', 'An abstract with  in it'],
    );
  });

  test('plain text drops MDX syntax and truncates at a word', () => {
    assert.equal(
      plainText(
        "import X from './x.astro';\n\nWe **study** [memory](https://x.org) in <X /> `code`.",
      ),
      'We study memory in code.',
    );
    assert.equal(
      plainText('A trace reads:\n\n```csv\nt,volts\n0,3.30\n```\n\n~~~\nmore\n~~~'),
      'A trace reads: t,volts 0,3.30 more',
    );
    assert.equal(truncate('one two three four', 12), 'one two…');
    assert.equal(truncate('short', 12), 'short');
  });
});

describe('plain text of imported abstracts', () => {
  test('drops the backslashes of MDX escapes', () => {
    assert.equal(
      plainText('Latency \\< 10 ms for \\{all\\} inputs, \\*really\\*.'),
      'Latency < 10 ms for {all} inputs, *really*.',
    );
  });
});

describe('shared helpers of the exports and pages', () => {
  test('author names, identifier and paper URLs, details', async () => {
    const { authorNames } = await import('#lib/publications/authors.ts');
    const { arxivUrl, doiUrl } = await import('#lib/routing/links.ts');
    const { formatPublicationDetails, paperUrl } =
      await import('#lib/publications/publications.ts');
    assert.deepEqual(authorNames(['A B', { name: 'C D', equal: true }]), ['A B', 'C D']);
    assert.equal(doiUrl('10.1/x'), 'https://doi.org/10.1/x');
    assert.equal(arxivUrl('2402.05981'), 'https://arxiv.org/abs/2402.05981');
    assert.equal(
      paperUrl({ venue: { short: 'V', url: 'https://v.org/p' }, doi: '10.1/x' }),
      'https://v.org/p',
    );
    assert.equal(paperUrl({ venue: { short: 'V' }, doi: '10.1/x' }), 'https://doi.org/10.1/x');
    assert.equal(
      paperUrl({ venue: { short: 'arXiv' }, arxiv: '2402.05981' }),
      'https://arxiv.org/abs/2402.05981',
    );
    assert.equal(paperUrl({ venue: { short: 'V' } }), undefined);
    assert.equal(
      formatPublicationDetails({
        volume: '23',
        issue: '4',
        pages: { text: '1--14', first: '1', last: '14' },
      }),
      'vol. 23, no. 4, pp. 1–14',
    );
    assert.equal(formatPublicationDetails({}), '');
  });

  test('citation_pdf_url only for a PDF that is really there', async () => {
    const { citationPdfUrl } = await import('#lib/exports/citation-meta.ts');
    const site = {
      isDeployed: (path: string) => path === '/files/here.pdf',
      absolute: (path: string) => `https://q.io${path}`,
    };
    assert.equal(citationPdfUrl('/files/here.pdf', site), 'https://q.io/files/here.pdf');
    assert.equal(citationPdfUrl('/files/missing.pdf', site), undefined);
    assert.equal(
      citationPdfUrl('https://arxiv.org/pdf/2402.05981', site),
      'https://arxiv.org/pdf/2402.05981',
    );
    assert.equal(citationPdfUrl(undefined, site), undefined);
  });

  test('strict mode for linked files is read the same everywhere', async () => {
    const { isStrictLocalFiles } = await import('#lib/content/local-files.ts');
    assert.equal(isStrictLocalFiles({ STRICT_LOCAL_FILES: 'true' }), true);
    assert.equal(isStrictLocalFiles({ STRICT_LOCAL_FILES: '1' }), true);
    assert.equal(isStrictLocalFiles({ STRICT_LOCAL_FILES: 'false' }), false);
    assert.equal(isStrictLocalFiles({}), false);
  });
});
