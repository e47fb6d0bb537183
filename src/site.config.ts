import { formatIssues } from './lib/error-map.ts';
import { siteSchema, type SiteInput } from './schemas/site.ts';

/** The site and author facts. Validated on load: a typo here stops the build with the field's name. */
const site: SiteInput = {
  title: 'Qipeng Wang',
  url: 'https://qipengwang.github.io',
  locale: 'en-US',
  description: 'Qipeng Wang (王启鹏), Ph.D. candidate at Peking University, working on systems for machine learning and edge ML systems.',
  author: {
    name: 'Qipeng Wang',
    nameZh: '王启鹏',
    bio: 'CS Ph.D. Candidate @ PKU',
    affiliation: 'Peking University',
    location: 'Beijing, China',
    email: 'wangqipeng@stu.pku.edu.cn',
    github: 'qipengwang',
  },
};

const parsed = siteSchema.safeParse(site);
if (!parsed.success) {
  const problems = formatIssues(parsed.error.issues, '(root)').map((line) => `  - ${line}`);
  throw new Error(`src/site.config.ts: the site configuration is invalid:\n${problems.join('\n')}`);
}

export const siteConfig = parsed.data;
