/**
 * What the full fixture site (tests/fixtures/sites/full/) must show, typed by hand from its files.
 * Nothing here is computed from the content or from src/: a change in what the engine makes shows
 * up as a failing diff against these tables.
 */

export const ORIGIN = 'https://mei-lin.example.org';
export const OWNER = 'Mei Lin';
export const OWNER_ZH = '林梅';
export const EMAIL_OBFUSCATED = 'mei.lin [AT] northfield [DOT] example [DOT] edu';
export const EMAIL_REAL = 'mei.lin@northfield.example.edu';
export const ABOUT_H1 = 'About Mei';

export const profile = {
  monogram: 'ML',
  facts: [
    'Assistant Professor @ Northfield',
    'Northfield University',
    'Northfield, MN',
    EMAIL_OBFUSCATED,
  ],
  github: 'https://github.com/mei-lin-example',
};

/** The papers in the author's order (`order` 1 → 8), with what the lists show of each. */
export const papers = [
  {
    id: 'tidal-mobisys23',
    title: 'Tidal: Streaming Inference on Intermittent Power',
    year: 2023,
    venue: "MobiSys'23",
    authors: ['Mei Lin', 'Jonas Berg', 'Priya Raman', 'Tomás Ortega'],
    bold: ['Mei Lin'],
  },
  {
    id: 'energy-scheduling-tmc24',
    title: 'Energy-Aware Scheduling for Batteryless Sensors',
    year: 2024,
    venue: "TMC'24",
    authors: ['Priya Raman', 'Mei Lin', 'Jonas Berg'],
    bold: ['Mei Lin'],
  },
  {
    id: 'sketching-hotmobile22',
    title: 'Sketching Sensor Data on the Device',
    year: 2022,
    venue: "SenSketch@HotMobile'22",
    authors: ['Mei Lin', 'Open Sensing Consortium'],
    bold: ['Mei Lin'],
  },
  {
    id: 'micro-foundation-arxiv24',
    title: 'Compressing Foundation Models for Microcontrollers',
    year: 2024,
    venue: 'arXiv',
    authors: ['Jonas Berg', 'M. Lin'],
    bold: ['M. Lin'],
  },
  {
    id: 'thesis-northfield25',
    title: 'Learning Systems for Intermittent Devices',
    year: 2025,
    venue: 'PhD thesis',
    authors: ['Mei Lin'],
    bold: ['Mei Lin'],
  },
  {
    id: 'on-device-learning-chapter23',
    title: 'On-Device Learning',
    year: 2023,
    venue: 'Edge AI Handbook',
    authors: ['Mei Lin', 'Priya Raman'],
    bold: ['Mei Lin'],
  },
  {
    id: 'benchmark-report21',
    // The text of its MathML as the page holds it: `$\\epsilon$` is ϵ, `n^2` an n and a 2 (see math.spec.ts).
    title: 'A Benchmark of ϵ-Intermittent Inference in O(n2) Time, at $3 and $4 a Device',
    /** Where the title becomes text (<title>, og:title, citation_title): Unicode, not MathML. */
    plainTitle: 'A Benchmark of ε-Intermittent Inference in O(n²) Time, at $3 and $4 a Device',
    year: 2021,
    venue: 'NU-CS-2021-07',
    authors: ['Mei Lin', 'Tomás Ortega'],
    bold: ['Mei Lin'],
  },
  {
    id: 'tidal-dataset21',
    title: 'The Tidal Power Traces Dataset',
    year: 2021,
    venue: 'Zenodo',
    authors: ['Mei Lin'],
    bold: ['Mei Lin'],
  },
] as const;

export type PaperId = (typeof papers)[number]['id'];
export const paperPath = (id: PaperId) => `/publications/${id}/`;
export const titleOf = (id: PaperId) => papers.find((paper) => paper.id === id)!.title;

/** /publications/: years newest first, the author's order within a year. */
export const byYear: { year: number; ids: PaperId[] }[] = [
  { year: 2025, ids: ['thesis-northfield25'] },
  { year: 2024, ids: ['energy-scheduling-tmc24', 'micro-foundation-arxiv24'] },
  { year: 2023, ids: ['tidal-mobisys23', 'on-device-learning-chapter23'] },
  { year: 2022, ids: ['sketching-hotmobile22'] },
  { year: 2021, ids: ['benchmark-report21', 'tidal-dataset21'] },
];

/** Old addresses and where they lead. */
export const redirects: { from: string; to: string }[] = [
  { from: '/about/', to: '/' },
  { from: '/about.html', to: '/' },
  { from: '/bio/', to: '/' },
  { from: '/papers/tidal.html', to: '/publications/tidal-mobisys23/' },
  { from: '/internship/', to: '/#harbour-labs-intern' },
  { from: '/teaching/embedded/', to: '/#northfield-embedded-ta' },
  { from: '/phd/', to: '/cv/#northfield-phd' },
  { from: '/portfolio/tidal/', to: '/projects/tidal/' },
  { from: '/research.html', to: '/research/' },
  { from: '/2025/03/coin-cell.html', to: '/posts/training-on-a-coin-cell/' },
];

/** Every page the sitemap lists, in its order. */
export const sitemapPaths = [
  '/',
  '/cv/',
  '/news/',
  '/posts/',
  '/posts/reading-group-notes/',
  '/posts/tags/intermittent-computing/',
  '/posts/tags/reading-group/',
  '/posts/tags/tutorials/',
  '/posts/training-on-a-coin-cell/',
  '/projects/',
  '/projects/energy-scheduler/',
  '/projects/micro-foundation/',
  '/projects/tidal/',
  '/publications/',
  '/publications/benchmark-report21/',
  '/publications/energy-scheduling-tmc24/',
  '/publications/first-author/',
  '/publications/micro-foundation-arxiv24/',
  '/publications/most-cited/',
  '/publications/on-device-learning-chapter23/',
  '/publications/selected/',
  '/publications/sketching-hotmobile22/',
  '/publications/thesis-northfield25/',
  '/publications/tidal-dataset21/',
  '/publications/tidal-mobisys23/',
  '/publications/type/chapter/',
  '/publications/type/conference/',
  '/publications/type/journal/',
  '/publications/type/other/',
  '/publications/type/preprint/',
  '/publications/type/report/',
  '/publications/type/thesis/',
  '/publications/type/workshop/',
  '/research/',
  '/talks/',
  // The Chinese pages the translated About page turns on (never a paper's page).
  '/zh/',
  '/zh/cv/',
  '/zh/news/',
  '/zh/posts/',
  '/zh/posts/jianjie/',
  '/zh/posts/tags/%E9%97%B4%E6%AD%87%E8%AE%A1%E7%AE%97/',
  '/zh/projects/',
  '/zh/publications/',
  '/zh/publications/first-author/',
  '/zh/publications/most-cited/',
  '/zh/publications/selected/',
  '/zh/publications/type/chapter/',
  '/zh/publications/type/conference/',
  '/zh/publications/type/journal/',
  '/zh/publications/type/other/',
  '/zh/publications/type/preprint/',
  '/zh/publications/type/report/',
  '/zh/publications/type/thesis/',
  '/zh/publications/type/workshop/',
  '/zh/research/',
  '/zh/talks/',
];

/** The pages built at the site root, each with its heading. */
export const pages = [
  { path: '/', h1: ABOUT_H1 },
  { path: '/publications/', h1: 'Publications' },
  { path: '/404.html', h1: 'Page not found' },
  { path: '/cv/', h1: 'Mei Lin 林梅' },
  { path: '/news/', h1: 'News' },
  { path: '/talks/', h1: 'Talks' },
  { path: '/publications/most-cited/', h1: 'Publications: most cited' },
  { path: '/research/', h1: 'Research' },
  { path: '/posts/', h1: 'Posts' },
  { path: '/posts/training-on-a-coin-cell/', h1: 'Training on a coin cell' },
  { path: '/posts/tags/tutorials/', h1: 'Posts tagged “tutorials”' },
  { path: '/projects/', h1: 'Projects' },
  { path: '/search/', h1: 'Search' },
  { path: '/projects/tidal/', h1: 'Tidal: inference on harvested energy' },
] as const;

/** The Chinese pages the translated About page (content/pages/zh/about.mdx) turns on, with their interface's theme toggle. */
export const pagesZh = [
  { path: '/zh/', h1: '关于林梅' },
  { path: '/zh/publications/', h1: '论文' },
  { path: '/zh/cv/', h1: 'Mei Lin 林梅' },
  { path: '/zh/news/', h1: '动态' },
  { path: '/zh/talks/', h1: '报告' },
  { path: '/zh/publications/most-cited/', h1: '论文：被引最多' },
  { path: '/zh/research/', h1: '研究' },
  { path: '/zh/posts/', h1: '文章' },
  { path: '/zh/posts/jianjie/', h1: '用纽扣电池训练模型' },
  { path: '/zh/projects/', h1: '项目' },
  { path: '/zh/search/', h1: '搜索' },
] as const;

/**
 * Each entry of a publication list (the About page, /publications/), in the author's order: the
 * heading with its links, the authors with their marks (* equal, † corresponding), who is in bold,
 * and the chips; a local file that is not deployed is a chip without a link.
 */
export const listEntries = [
  {
    heading: "[MobiSys'23] Tidal: Streaming Inference on Intermittent Power",
    headingLinks: [
      { text: "MobiSys'23", href: 'https://dl.acm.org/doi/10.1145/3581791.3596840' },
      {
        text: 'Tidal: Streaming Inference on Intermittent Power',
        href: '/publications/tidal-mobisys23/',
      },
    ],
    authors: ['Mei Lin*', 'Jonas Berg*', 'Priya Raman', 'Tomás Ortega†'],
    strong: ['Mei Lin'],
    chips: [
      { text: 'pdf', href: '/files/tidal.pdf' },
      { text: 'slides', href: null },
      { text: 'video', href: 'https://www.youtube.com/watch?v=tidal0000' },
      { text: 'poster', href: '/files/tidal-poster.pdf' },
      { text: 'code', href: 'https://github.com/mei-lin-example/tidal' },
      { text: 'project page', href: 'https://tidal.example.org/' },
      { text: 'Artifact', href: 'https://zenodo.org/records/1000001' },
    ],
  },
  {
    heading: "[TMC'24] Energy-Aware Scheduling for Batteryless Sensors",
    headingLinks: [
      { text: "TMC'24", href: 'https://ieeexplore.ieee.org/document/10000001' },
      {
        text: 'Energy-Aware Scheduling for Batteryless Sensors',
        href: '/publications/energy-scheduling-tmc24/',
      },
    ],
    authors: ['Priya Raman', 'Mei Lin', 'Jonas Berg'],
    strong: ['Mei Lin'],
    chips: [
      { text: 'pdf', href: 'https://example.org/papers/energy-scheduling.pdf' },
      { text: 'code', href: 'https://github.com/mei-lin-example/scheduler' },
    ],
  },
  {
    heading: "[SenSketch@HotMobile'22] Sketching Sensor Data on the Device",
    headingLinks: [
      { text: 'Sketching Sensor Data on the Device', href: '/publications/sketching-hotmobile22/' },
    ],
    authors: ['Mei Lin', 'Open Sensing Consortium'],
    strong: ['Mei Lin'],
    chips: [{ text: 'pdf', href: '/files/sketching.pdf' }],
  },
  {
    heading: '[arXiv] Compressing Foundation Models for Microcontrollers',
    headingLinks: [
      { text: 'arXiv', href: 'https://arxiv.org/abs/2411.04567' },
      {
        text: 'Compressing Foundation Models for Microcontrollers',
        href: '/publications/micro-foundation-arxiv24/',
      },
    ],
    authors: ['Jonas Berg', 'M. Lin'],
    strong: ['M. Lin'],
    chips: [],
  },
  {
    heading: '[PhD thesis] Learning Systems for Intermittent Devices',
    headingLinks: [
      {
        text: 'Learning Systems for Intermittent Devices',
        href: '/publications/thesis-northfield25/',
      },
    ],
    authors: ['Mei Lin'],
    strong: ['Mei Lin'],
    chips: [{ text: 'pdf', href: '/files/thesis.pdf' }],
  },
  {
    heading: '[Edge AI Handbook] On-Device Learning',
    headingLinks: [
      { text: 'Edge AI Handbook', href: 'https://doi.org/10.1007/978-3-031-00000-0_3' },
      { text: 'On-Device Learning', href: '/publications/on-device-learning-chapter23/' },
    ],
    authors: ['Mei Lin', 'Priya Raman'],
    strong: ['Mei Lin'],
    chips: [],
  },
  {
    heading:
      '[NU-CS-2021-07] A Benchmark of ϵ-Intermittent Inference in O(n2) Time, at $3 and $4 a Device',
    headingLinks: [
      {
        text: 'A Benchmark of ϵ-Intermittent Inference in O(n2) Time, at $3 and $4 a Device',
        href: '/publications/benchmark-report21/',
      },
    ],
    authors: ['Mei Lin', 'Tomás Ortega'],
    strong: ['Mei Lin'],
    chips: [],
  },
  {
    heading: '[Zenodo] The Tidal Power Traces Dataset',
    headingLinks: [
      { text: 'Zenodo', href: 'https://zenodo.org/records/1000002' },
      { text: 'The Tidal Power Traces Dataset', href: '/publications/tidal-dataset21/' },
    ],
    authors: ['Mei Lin'],
    strong: ['Mei Lin'],
    chips: [],
  },
];

/** The header menu of the full site: the default one with the Research page, every section having content. */
export const navigation = [
  'About',
  'Research',
  'Publications',
  'Posts',
  'News',
  'Talks',
  'Projects',
  'CV',
  'Search',
];

/** The news, newest first, as /news/ shows them: the date, then the text. */
export const news = [
  ['1 September 2025', 'Joined Northfield University as an assistant professor.'],
  ['30 May 2025', 'Defended my thesis, Learning Systems for Intermittent Devices.'],
  [
    '12 November 2024',
    'Our preprint on compressing foundation models for microcontrollers is out.',
  ],
  ['4 March 2024', 'Energy-aware scheduling accepted to TMC.'],
  ['19 June 2023', 'Presented Tidal at MobiSys 2023.'],
  ['10 February 2023', 'Tidal accepted to MobiSys 2023.'],
  ['20 January 2022', 'Started a reading group on batteryless computing.'],
] as const;

/** /cv/: each section's heading and its entries' first lines, in order. */
export const cvSections: { title: string; headings: string[] }[] = [
  { title: 'Education', headings: ['Ph.D. in Computer Science', 'B.S. in Electrical Engineering'] },
  { title: 'Experience', headings: ['Assistant Professor', 'Research Intern'] },
  { title: 'Conference papers', headings: ['Tidal: Streaming Inference on Intermittent Power'] },
  { title: 'Journal articles', headings: ['Energy-Aware Scheduling for Batteryless Sensors'] },
  { title: 'Workshop papers', headings: ['Sketching Sensor Data on the Device'] },
  { title: 'Preprints', headings: ['Compressing Foundation Models for Microcontrollers'] },
  { title: 'Theses', headings: ['Learning Systems for Intermittent Devices'] },
  { title: 'Book chapters', headings: ['On-Device Learning'] },
  {
    title: 'Reports',
    headings: ['A Benchmark of ε-Intermittent Inference in O(n²) Time, at $3 and $4 a Device'],
  },
  { title: 'Other', headings: ['The Tidal Power Traces Dataset'] },
  { title: 'Teaching', headings: ['Seminar on Intermittent Computing', 'Embedded Systems'] },
  {
    title: 'Talks',
    headings: [
      'Computing on Harvested Energy',
      'Batteryless Sensing at Scale',
      'Tidal: Streaming Inference on Intermittent Power',
    ],
  },
  {
    title: 'Honors and awards',
    headings: [
      'Graduate Research Fellowship',
      'Summa cum laude',
      "Dean's List",
      'Best Intern Project Award',
    ],
  },
];
