/** A reproducible CV of a given number of papers, shaped like the real one, for timing the PDF. */
import type { CvDocument, CvItem } from '#lib/cv/cv-document.ts';
import { random } from './synthetic.ts';

const WORDS =
  'memory efficient on-device training inference mobile edge federated learning model compression quantization scheduling latency'.split(
    ' ',
  );
const COAUTHORS =
  'Wei Li,Mengwei Xu,Xuanzhe Liu,Yun Ma,Gang Huang,Yunxin Liu,Xin Jin,Shangguang Wang,Daliang Xu,Ting Cao'.split(
    ',',
  );

/** Paper `index`: a 6-11 word title, 3-12 authors with the owner in bold, a venue line, a year, DOI and code links. */
function paper(index: number): CvItem {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const title = Array.from({ length: 6 + Math.floor(next() * 6) }, () => pick(WORDS)).join(' ');
  const authors = Array.from({ length: 3 + Math.floor(next() * 10) }, () => pick(COAUTHORS));
  const owner = Math.floor(next() * authors.length);
  const year = 2000 + Math.floor(next() * 26);
  return {
    lines: [
      [{ text: `${title[0]!.toUpperCase()}${title.slice(1)}` }],
      authors.flatMap((name, position) => [
        ...(position === 0 ? [] : [{ text: ', ' }]),
        position === owner ? { text: 'Qipeng Wang', strong: true } : { text: name },
      ]),
      [
        {
          text: `Proceedings of the International Conference on Mobile Systems (MobiSys'${String(year).slice(2)})`,
        },
      ],
    ],
    when: String(year),
    links: [
      { label: 'DOI', href: `https://doi.org/10.1145/${1000000 + index}` },
      { label: 'Code', href: `https://github.com/example/paper-${index}` },
    ],
  };
}

export function syntheticCvDocument(papers: number): CvDocument {
  return {
    name: 'Qipeng Wang',
    nameZh: '王启鹏',
    headline: 'CS Ph.D. Candidate @ PKU · Peking University',
    contact: [[{ text: 'https://qipengwang.github.io', href: 'https://qipengwang.github.io' }]],
    sections: [
      {
        titleKey: 'type.conference',
        title: 'Conference papers',
        note: '* equal contribution; † corresponding author',
        items: Array.from({ length: papers }, (_, index) => paper(index)),
      },
    ],
    asOf: '2025-06-01',
    paperSize: 'A4',
    lang: 'en-US',
  };
}
