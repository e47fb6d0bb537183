/** Realistic, reproducible publication entries for the benchmark: same seed, same site. */

const WORDS = (
  'memory efficient on-device training inference mobile edge federated learning model compression quantization ' +
  'accelerator scheduling latency energy heterogeneous system large language multimodal foundation serving cache ' +
  'graph neural network browser webassembly measurement study framework runtime kernel offloading dsp gpu npu ' +
  'privacy robust adaptive dynamic sparse attention transformer pipeline parallel distributed cluster workload'
).split(' ');
const NAMES = (
  'Wei Li,Mengwei Xu,Xuanzhe Liu,Yun Ma,Gang Huang,Yunxin Liu,Xin Jin,Shangguang Wang,Daliang Xu,Dongqi Cai,' +
  'Ting Cao,Shiqi Jiang,Yuanchun Li,Zhenpeng Chen,Chengxu Yang,Kang Huang,Ying Zhang,Aoyu Li,Li Zhang,Rongjie Yi'
).split(',');
const VENUES = [
  {
    short: 'MobiSys',
    name: 'International Conference on Mobile Systems, Applications and Services',
    type: 'conference',
  },
  {
    short: 'MobiCom',
    name: 'International Conference on Mobile Computing and Networking',
    type: 'conference',
  },
  { short: 'TMC', name: 'IEEE Transactions on Mobile Computing', type: 'journal' },
  { short: 'EMDL', name: 'Workshop on Embedded and Mobile Deep Learning', type: 'workshop' },
  { short: 'arXiv', name: undefined, type: 'preprint' },
] as const;

/** Mulberry32: a tiny seeded generator, so that every run builds the same sites. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic paper, as data, so that the Astro and Jekyll sites of the benchmark show the same papers. */
export interface SyntheticPaper {
  id: string;
  title: string;
  authors: string[];
  venue: { short: string; name: string | undefined; type: string };
  year: number;
  month: number;
  /** A DOI, or for a preprint an arXiv id. */
  doi?: string;
  arxiv?: string;
  video: boolean;
  order: number;
  selected: boolean;
  abstract: string;
}

/** Paper `index`: 3 to 20 authors (the owner among them), a 150-300 word abstract, links. */
export function syntheticPaper(index: number, ownerName: string): SyntheticPaper {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS));
  const title = words(6 + Math.floor(next() * 6))
    .map((word, i) => (i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
  const authorCount = 3 + Math.floor(next() * 18);
  const authors = Array.from({ length: authorCount }, () => pick(NAMES));
  authors[Math.floor(next() * authorCount)] = ownerName;
  const venue = pick(VENUES);
  const year = 2000 + Math.floor(next() * 26);
  const abstract = words(150 + Math.floor(next() * 151)).join(' ');
  const id = `paper-${String(index).padStart(5, '0')}`;
  const month = 1 + Math.floor(next() * 12);
  const identifier =
    venue.type === 'preprint'
      ? { arxiv: `${2000 + (year % 25)}.${String(index).padStart(5, '0')}` }
      : { doi: `10.1145/${1000000 + index}` };
  const video = next() < 0.5;
  const selected = next() < 0.05;
  return {
    id,
    title,
    authors,
    venue: { short: `${venue.short}'${String(year).slice(2)}`, name: venue.name, type: venue.type },
    year,
    month,
    ...identifier,
    video,
    order: index + 1,
    selected,
    abstract,
  };
}

/** One publication as a hand-written MDX file (the abstract as its body): a shape the engine reads, not the one the importer writes (see syntheticBibtex). */
export function syntheticPublication(
  index: number,
  ownerName: string,
): { id: string; mdx: string } {
  const paper = syntheticPaper(index, ownerName);
  const { id } = paper;
  const yaml = [
    '---',
    `title: "${paper.title}"`,
    'authors:',
    ...paper.authors.map((name) => `  - ${name}`),
    'venue:',
    `  short: "${paper.venue.short}"`,
    ...(paper.venue.name ? [`  name: ${paper.venue.name}`] : []),
    `  url: https://example.org/papers/${id}`,
    `date: "${paper.year}-${String(paper.month).padStart(2, '0')}"`,
    `type: ${paper.venue.type}`,
    ...(paper.arxiv ? [`arxiv: "${paper.arxiv}"`] : [`doi: ${paper.doi}`]),
    'links:',
    `  code: https://github.com/example/${id}`,
    ...(paper.video ? [`  video: https://example.org/videos/${id}`] : []),
    `order: ${paper.order}`,
    ...(paper.selected ? ['selected: true'] : []),
    '---',
    '',
    paper.abstract,
    '',
  ];
  return { id, mdx: yaml.join('\n') };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibTeX braces: the synthetic text has none, but a brace would unbalance the entry. */
const braced = (text: string) => `{${text.replace(/[{}]/g, '')}}`;

/**
 * The papers as one .bib file, shaped as Google Scholar and DBLP export them (a key, title, authors
 * joined by "and", booktitle or journal, year, month, DOI or arXiv eprint, URL, abstract), so that
 * the benchmark brings them in through `npm run import:bib`, the path an author takes.
 */
export function syntheticBibtex(papers: readonly SyntheticPaper[]): string {
  return papers
    .map((paper) => {
      const fields: [string, string][] = [
        ['title', braced(paper.title)],
        ['author', braced(paper.authors.join(' and '))],
      ];
      if (paper.venue.type === 'journal') fields.push(['journal', braced(paper.venue.name ?? '')]);
      else if (paper.venue.type !== 'preprint')
        fields.push(['booktitle', braced(paper.venue.name ?? '')]);
      fields.push(['year', braced(String(paper.year))], ['month', MONTHS[paper.month - 1]!]);
      if (paper.arxiv) fields.push(['eprint', braced(paper.arxiv)], ['archivePrefix', '{arXiv}']);
      if (paper.doi) fields.push(['doi', braced(paper.doi)]);
      fields.push(
        ['url', braced(`https://example.org/papers/${paper.id}`)],
        ['abstract', braced(paper.abstract)],
      );
      const type =
        paper.venue.type === 'journal'
          ? 'article'
          : paper.venue.type === 'preprint'
            ? 'misc'
            : 'inproceedings';
      return `@${type}{${paper.id},\n${fields.map(([key, value]) => `  ${key} = ${value}`).join(',\n')}\n}\n`;
    })
    .join('\n');
}
