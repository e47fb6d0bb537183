/**
 * What the original About page (the academicpages seed) says, typed by hand from the seed.
 * The end-to-end tests check the built site against these facts; nothing here is read from src/.
 *
 * Deliberate differences from the seed's raw text, none of which change a fact:
 * - Titles are kept without the seed's trailing full stop (punctuation after the title, not part of it).
 * - The year of each paper is the one its venue label (or arXiv number) gives; the seed groups nothing by year.
 */

/** A chip under a publication. `url` is set for links to other sites; local files have `file` instead. */
export type PaperLink = { label: string; url: string; file?: never } | { label: string; file: string; url?: never };

export interface Paper {
  venue: string;
  venueUrl: string;
  title: string;
  year: number;
  authors: string[];
  links: PaperLink[];
}

export const OWNER = 'Qipeng Wang';
export const OWNER_ZH = '王启鹏';

/** How the page writes the e-mail address (never the real address, never mailto:). */
export const EMAIL_OBFUSCATED = 'wangqipeng [AT] stu [DOT] pku [DOT] edu [DOT] cn';
export const EMAIL_REAL = 'wangqipeng@stu.pku.edu.cn';

export const PRODUCTION_ORIGIN = 'https://qipengwang.github.io';

export const profile = {
  name: OWNER,
  nameZh: OWNER_ZH,
  bio: 'CS Ph.D. Candidate @ PKU',
  employer: 'Peking University',
  location: 'Beijing, China',
  email: EMAIL_OBFUSCATED,
  github: 'https://github.com/qipengwang',
  monogram: 'QW',
};

/** The About text, sentence by sentence (whitespace-normalised). */
export const about = {
  heading: 'About Me',
  intro: [
    'a 4th-year Ph.D. candidate at School of Computer Science, Peking University.',
    'I am currently advised by Prof. Gang Huang and Prof. Xuanzhe Liu, and work close with Prof. Mengwei Xu.',
    'Previously, I received my B.S. in Software Engineer from Beihang University.',
  ],
  research: 'My current research mainly focuses on systems for machine learning, especially the edge ML system.',
  jobMarket: 'I am currently on the industrial job market.',
  jobMarketBold: 'industrial job market',
  cv: { text: 'CV', file: '/files/cv.pdf' },
  connect: `Connect: ${EMAIL_OBFUSCATED}`,
  links: [
    { name: 'Xuanzhe Liu', url: 'https://liuxuanzhe.com/' },
    { name: 'Mengwei Xu', url: 'https://xumengwei.github.io/index.html' },
  ],
};

/** The publications in the seed's order. */
export const papers: Paper[] = [
  {
    venue: "MobiSys'22",
    venueUrl: 'https://dl.acm.org/doi/abs/10.1145/3498361.3538928',
    title: 'Melon: Breaking the Memory Wall for Resource-Efficient On-Device Machine Learning',
    year: 2022,
    authors: ['Qipeng Wang', 'Mengwei Xu', 'Chao Jin', 'Xinran Dong', 'Jinliang Yuan', 'Xin Jin', 'Gang Huang', 'Yunxin Liu', 'Xuanzhe Liu'],
    links: [
      { label: 'pdf', file: '/files/mobisys22-paper.pdf' },
      { label: 'slides', file: '/files/mobisys22-slides.pdf' },
      { label: 'code', url: 'https://github.com/qipengwang/Melon' },
    ],
  },
  {
    venue: 'arXiv',
    venueUrl: 'https://arxiv.org/pdf/2402.05981',
    title: 'Exploring the Impact of In-Browser Deep Learning Inference on Quality of User Experience and Performance',
    year: 2024,
    authors: ['Qipeng Wang', 'Shiqi Jiang', 'Zhenpeng Chen', 'Xu Cao', 'Yuanchun Li', 'Aoyu Li', 'Ying Zhang', 'Yun Ma', 'Ting Cao', 'Xuanzhe Liu'],
    links: [],
  },
  {
    venue: "WWW'21",
    venueUrl: 'https://dl.acm.org/doi/pdf/10.1145/3442381.3449851',
    title: 'Characterizing Impacts of Heterogeneity in Federated Learning upon Large-Scale Smartphone Data',
    year: 2021,
    authors: ['Chengxu Yang', 'Qipeng Wang', 'Mengwei Xu', 'Zhenpeng Chen', 'Kaigui Bian', 'Yunxin Liu', 'Xuanzhe Liu'],
    links: [
      { label: 'pdf', file: '/files/www21-paper.pdf' },
      { label: 'code', url: 'https://github.com/PKU-Chengxu/FLASH' },
    ],
  },
  {
    venue: "TMC'22",
    venueUrl: 'https://ieeexplore.ieee.org/abstract/document/9917556/',
    title: 'Flash: Heterogeneity-aware federated learning at scale',
    year: 2022,
    authors: [
      'Chengxu Yang',
      'Mengwei Xu',
      'Qipeng Wang',
      'Zhenpeng Chen',
      'Kang Huang',
      'Yun Ma',
      'Kaigui Bian',
      'Gang Huang',
      'Yunxin Liu',
      'Xin Jin',
      'Xuanzhe Liu',
    ],
    links: [
      { label: 'pdf', file: '/files/tmc22-paper.pdf' },
      { label: 'code', url: 'https://github.com/PKU-Chengxu/FLASH' },
    ],
  },
  {
    venue: "EMDL@Mobisys'21",
    venueUrl: 'https://dl.acm.org/doi/abs/10.1145/3469116.3470009',
    title: 'Towards ubiquitous learning: A first measurement of on-device training performance',
    year: 2021,
    authors: ['Dongqi Cai', 'Qipeng Wang', 'Yuanqiang Liu', 'Yunxin Liu', 'Shangguang Wang', 'Mengwei Xu'],
    links: [
      { label: 'pdf', file: '/files/emdl21-paper.pdf' },
      { label: 'slides', file: '/files/emdl21-slides.pdf' },
      { label: 'video', url: 'https://www.youtube.com/watch?v=oZWKZ0VBNkQ&t=937s' },
      { label: 'code', url: 'https://github.com/UbiquitousLearning/Benchmark-On-Device-Training' },
    ],
  },
  {
    venue: "MobiCom'22",
    venueUrl: 'https://dl.acm.org/doi/abs/10.1145/3495243.3560545',
    title: 'Mandheling: Mixed-Precision On-Device DNN Training with DSP Offloading',
    year: 2022,
    authors: ['Daliang Xu', 'Mengwei Xu', 'Qipeng Wang', 'Shangguang Wang', 'Yun Ma', 'Kang Huang', 'Gang Huang', 'Xin Jin', 'Xuanzhe Liu'],
    links: [
      { label: 'pdf', file: '/files/mobicom22-paper.pdf' },
      { label: 'slides', file: '/files/mobicom22-slides.pdf' },
      { label: 'code', url: 'https://github.com/UbiquitousLearning/Mandheling-DSP-Training' },
    ],
  },
  {
    venue: 'arXiv',
    venueUrl: 'https://arxiv.org/pdf/2401.08092.pdf',
    title: 'A Survey of Resource-efficient LLM and Multimodal Foundation Models',
    year: 2024,
    authors: [
      'Mengwei Xu',
      'Wangsong Yin',
      'Dongqi Cai',
      'Rongjie Yi',
      'Daliang Xu',
      'Qipeng Wang',
      'Bingyang Wu',
      'Yihao Zhao',
      'Chen Yang',
      'Shihe Wang',
      'Qiyang Zhang',
      'Zhenyan Lu',
      'Li Zhang',
      'Shangguang Wang',
      'Yuanchun Li',
      'Yunxin Liu',
      'Xin Jin',
      'Xuanzhe Liu',
    ],
    links: [{ label: 'Paper List', url: 'https://github.com/UbiquitousLearning/Efficient_Foundation_Model_Survey' }],
  },
];

/** Years newest first, each with its papers in the seed's order. */
export function papersByYear(): { year: number; papers: Paper[] }[] {
  const years = [...new Set(papers.map((paper) => paper.year))].sort((a, b) => b - a);
  return years.map((year) => ({ year, papers: papers.filter((paper) => paper.year === year) }));
}

export const experience = {
  start: 'April 2022',
  end: 'July 2023',
  role: 'Research Intern',
  organisation: 'Microsoft Research Asia, HEX Group',
  mentors: [
    { name: 'Shiqi Jiang', url: 'https://chrisplus.me/' },
    { name: 'Ting Cao', url: 'https://www.microsoft.com/en-us/research/people/ticao/' },
  ],
  honour: 'Honored with Star of Tomorrow (Award of Excellent Intern)',
};

export const teaching = {
  role: 'Teaching Assistant',
  course: 'Introduction to C++ Programming Language',
  /** The seed says "120 Undergraduate student"; the number and the audience are the fact. */
  audience: /120 undergraduate students?/i,
  institution: 'Peking University',
  terms: ['Fall 2020', 'Fall 2021', 'Fall 2022', 'Fall 2023'],
};

/** The seed's local files: not shipped with the project, so never links. */
export const localFiles = [about.cv.file, ...papers.flatMap((paper) => paper.links.flatMap((link) => (link.file ? [link.file] : [])))];

/** Old addresses that redirect to the About page. */
export const redirects = ['/about/', '/about.html'];
