import { formatIssues } from '#lib/content/error-map.ts';
import { siteSchema, type SiteInput } from '#schemas/site.ts';

/**
 * The owner file: everything about you and this site. Each field is described in
 * src/schemas/site.ts; fields left out take their defaults. Validated on load: a typo here stops
 * the build with the field's name.
 */
const site: SiteInput = {
  title: 'Qipeng Wang',
  url: 'https://qipengwang.github.io',
  base: '/',
  locale: 'en-US',
  // Chinese pages appear once src/content/pages/zh/about.mdx exists; until then there is no /zh/.
  languages: [
    { code: 'en', locale: 'en-US', label: 'English' },
    { code: 'zh', locale: 'zh-CN', label: '中文' },
  ],
  description:
    'Qipeng Wang (王启鹏), Ph.D. candidate at Peking University, working on systems for machine learning and edge ML systems.',
  author: {
    name: 'Qipeng Wang',
    nameVariants: [],
    nameZh: '王启鹏',
    bio: 'CS Ph.D. Candidate @ PKU',
    affiliation: 'Peking University',
    location: 'Beijing, China',
    email: 'wangqipeng@stu.pku.edu.cn',
    github: 'qipengwang',
  },
  navigation: [
    { label: 'About', path: '/' },
    { label: 'Publications', path: '/publications/' },
    // Shown only while src/content/news/, src/content/talks/ and src/content/projects/ hold something.
    { label: 'News', path: '/news/' },
    { label: 'Talks', path: '/talks/' },
    { label: 'Projects', path: '/projects/' },
    { label: 'CV', path: '/cv/' },
  ],
  lists: { publicationsPerPage: 150, aboutPublications: 30, aboutNews: 5 },
  paperSize: 'A4',
  /*
   * Venues cited by a short name, recognised in the full name a BibTeX export gives (booktitle
   * or journal, long or abbreviated). More specific patterns come first: a workshop's name often
   * contains its host conference's, PAKDD's contains KDD's.
   */
  venues: [
    { short: 'EMDL', pattern: /\bembedded and mobile deep learning\b|\bemdl\b/ },
    { short: 'HotMobile', pattern: /\bmobile computing systems and applications\b|\bhotmobile\b/ },
    { short: 'HotNets', pattern: /\bhot topics in networks\b|\bhotnets\b/ },
    { short: 'HotOS', pattern: /\bhot topics in operating systems\b|\bhotos\b/ },
    { short: 'HotEdge', pattern: /\bhot topics in edge computing\b|\bhotedge\b/ },
    { short: 'HotCloud', pattern: /\bhot topics in cloud computing\b|\bhotcloud\b/ },
    { short: 'MobiSys', pattern: /\bmobile systems applications and services\b|\bmobisys\b/ },
    { short: 'MobiCom', pattern: /\bmobile computing and networking\b|\bmobicom\b/ },
    { short: 'SenSys', pattern: /\bembedded networked sensor systems\b|\bsensys\b/ },
    { short: 'IPSN', pattern: /\binformation processing in sensor networks\b|\bipsn\b/ },
    {
      short: 'IMWUT',
      pattern: /\binteractive mobile wearable and ubiquitous technologies\b|\bimwut\b/,
    },
    { short: 'UbiComp', pattern: /\bubiquitous computing\b|\bubicomp\b/ },
    { short: 'NSDI', pattern: /\bnetworked systems design and implementation\b|\bnsdi\b/ },
    { short: 'OSDI', pattern: /\boperating systems design and implementation\b|\bosdi\b/ },
    { short: 'SOSP', pattern: /\bsymposium on operating systems principles\b|\bsosp\b/ },
    { short: 'EuroSys', pattern: /\beuropean conference on computer systems\b|\beurosys\b/ },
    {
      short: 'ASPLOS',
      pattern:
        /\barchitectural support for programming languages and operating systems\b|\basplos\b/,
    },
    { short: 'ATC', pattern: /\busenix annual technical conference\b|\busenix atc\b/ },
    { short: 'FAST', pattern: /\bfile and storage technologies\b/ },
    { short: 'MLSys', pattern: /\bconference on machine learning and systems\b|\bmlsys\b/ },
    { short: 'SIGCOMM', pattern: /\bsigcomm\b|\bprotocols for computer communication\b/ },
    { short: 'INFOCOM', pattern: /\binfocom\b/ },
    { short: 'ICDCS', pattern: /\bdistributed computing systems\b|\bicdcs\b/ },
    { short: 'SoCC', pattern: /\bsymposium on cloud computing\b|\bsocc\b/ },
    { short: 'MM', pattern: /\bacm international conference on multimedia\b|\bacm multimedia\b/ },
    { short: 'ISCA', pattern: /\binternational symposium on computer architecture\b|\bisca\b/ },
    { short: 'MICRO', pattern: /\bsymposium on microarchitecture\b/ },
    { short: 'HPCA', pattern: /\bhigh performance computer architecture\b|\bhpca\b/ },
    { short: 'PPoPP', pattern: /\bprinciples and practice of parallel programming\b|\bppopp\b/ },
    { short: 'SC', pattern: /\bhigh performance computing networking storage and analysis\b/ },
    { short: 'WWW', pattern: /\bthe web conference\b|\bworld wide web\b|\bwww\b/ },
    { short: 'CHI', pattern: /\bhuman factors in computing systems\b/ },
    { short: 'ICSE', pattern: /\binternational conference on software engineering\b|\bicse\b/ },
    { short: 'FSE', pattern: /\bfoundations of software engineering\b|\besec fse\b/ },
    { short: 'ASE', pattern: /\bautomated software engineering\b/ },
    { short: 'ISSTA', pattern: /\bsoftware testing and analysis\b|\bissta\b/ },
    { short: 'PAKDD', pattern: /\bpacific asia conference on knowledge discovery\b|\bpakdd\b/ },
    { short: 'KDD', pattern: /\bknowledge discovery and data mining\b|\bkdd\b/ },
    { short: 'NeurIPS', pattern: /\bneural information processing systems\b|\bneurips\b|\bnips\b/ },
    { short: 'ICML', pattern: /\binternational conference on machine learning\b|\bicml\b/ },
    { short: 'ICLR', pattern: /\binternational conference on learning representations\b|\biclr\b/ },
    {
      short: 'AAAI',
      pattern: /\baaai conference\b|\bassociation for the advancement of artificial intelligence\b/,
    },
    {
      short: 'IJCAI',
      pattern: /\binternational joint conference on artificial intelligence\b|\bijcai\b/,
    },
    { short: 'CVPR', pattern: /\bcomputer vision and pattern recognition\b|\bcvpr\b/ },
    { short: 'ICCV', pattern: /\binternational conference on computer vision\b|\biccv\b/ },
    { short: 'ECCV', pattern: /\beuropean conference on computer vision\b|\beccv\b/ },
    { short: 'EMNLP', pattern: /\bempirical methods in natural language processing\b|\bemnlp\b/ },
    {
      short: 'NAACL',
      pattern:
        /\bnorth american chapter of the association for computational linguistics\b|\bnaacl\b/,
    },
    {
      short: 'ACL',
      pattern: /\bannual meeting of the association for computational linguistics\b/,
    },
    { short: 'SIGMOD', pattern: /\bmanagement of data\b|\bsigmod\b/ },
    { short: 'VLDB', pattern: /\bvery large data bases\b|\bvldb\b/ },
    { short: 'ICDE', pattern: /\binternational conference on data engineering\b|\bicde\b/ },
    { short: 'TMC', pattern: /\btransactions on mobile computing\b|\btrans mob comput\b/ },
    {
      short: 'TPDS',
      pattern:
        /\btransactions on parallel and distributed systems\b|\btrans parallel distrib syst\b/,
    },
    { short: 'TOSEM', pattern: /\btransactions on software engineering and methodology\b/ },
    { short: 'TSE', pattern: /\btransactions on software engineering\b|\btrans softw eng\b/ },
    { short: 'TC', pattern: /\btransactions on computers\b|\bieee trans comput$/ },
    { short: 'TOCS', pattern: /\btransactions on computer systems\b/ },
    { short: 'TOSN', pattern: /\btransactions on sensor networks\b/ },
    { short: 'TON', pattern: /\btransactions on networking\b|\btrans netw\b/ },
    { short: 'JSAC', pattern: /\bjournal on selected areas in communications\b/ },
    { short: 'TPAMI', pattern: /\bpattern analysis and machine intelligence\b/ },
    { short: 'TKDE', pattern: /\btransactions on knowledge and data engineering\b/ },
    { short: 'TIST', pattern: /\btransactions on intelligent systems and technology\b/ },
    { short: 'JMLR', pattern: /\bjournal of machine learning research\b/ },
    { short: 'CSUR', pattern: /\bacm computing surveys\b|\bcomput surv\b/ },
    { short: 'CACM', pattern: /\bcommunications of the acm\b|\bcommun acm\b/ },
    { short: 'POMACS', pattern: /\bmeasurement and analysis of computing systems\b/ },
  ],
};

const parsed = siteSchema.safeParse(site);
if (!parsed.success) {
  const problems = formatIssues(parsed.error.issues, '(root)').map((line) => `  - ${line}`);
  throw new Error(`src/site.config.ts: the site configuration is invalid:\n${problems.join('\n')}`);
}

export const siteConfig = parsed.data;
