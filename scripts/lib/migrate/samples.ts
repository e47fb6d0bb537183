/**
 * The sample content the academicpages template ships, as it ships it: a file name and its
 * title. A file with both unchanged is the template's, not the author's, and is left out
 * (`--keep-samples` keeps it). Literal data, read from academicpages/academicpages.github.io.
 */
export const SAMPLE_ENTRIES: readonly { folder: string; file: string; title: string }[] = [
  {
    folder: '_publications',
    file: '2009-10-01-paper-title-number-1.md',
    title: 'Paper Title Number 1',
  },
  {
    folder: '_publications',
    file: '2010-10-01-paper-title-number-2.md',
    title: 'Paper Title Number 2',
  },
  {
    folder: '_publications',
    file: '2015-10-01-paper-title-number-3.md',
    title: 'Paper Title Number 3',
  },
  {
    folder: '_publications',
    file: '2024-02-17-paper-title-number-4.md',
    title: 'Paper Title Number 4',
  },
  {
    folder: '_talks',
    file: '2012-03-01-talk-1.md',
    title: 'Talk 1 on Relevant Topic in Your Field',
  },
  {
    folder: '_talks',
    file: '2013-03-01-tutorial-1.md',
    title: 'Tutorial 1 on Relevant Topic in Your Field',
  },
  {
    folder: '_talks',
    file: '2014-02-01-talk-2.md',
    title: 'Talk 2 on Relevant Topic in Your Field',
  },
  {
    folder: '_talks',
    file: '2014-03-01-talk-3.md',
    title: 'Conference Proceeding talk 3 on Relevant Topic in Your Field',
  },
  { folder: '_teaching', file: '2014-spring-teaching-1.md', title: 'Teaching experience 1' },
  { folder: '_teaching', file: '2015-spring-teaching-2.md', title: 'Teaching experience 2' },
  { folder: '_posts', file: '2012-08-14-blog-post-1.md', title: 'Blog Post number 1' },
  { folder: '_posts', file: '2013-08-14-blog-post-2.md', title: 'Blog Post number 2' },
  { folder: '_posts', file: '2014-08-14-blog-post-3.md', title: 'Blog Post number 3' },
  { folder: '_posts', file: '2015-08-14-blog-post-4.md', title: 'Blog Post number 4' },
  { folder: '_posts', file: '2199-01-01-future-post.md', title: 'Future Blog Post' },
  { folder: '_portfolio', file: 'portfolio-1.md', title: 'Portfolio item number 1' },
  { folder: '_portfolio', file: 'portfolio-2.html', title: 'Portfolio item number 2' },
];

/** The sample files in files/, which the sample entries link to. */
export const SAMPLE_FILES: readonly string[] = [
  'files/paper1.pdf',
  'files/paper2.pdf',
  'files/paper3.pdf',
  'files/slides1.pdf',
  'files/slides2.pdf',
  'files/slides3.pdf',
  'files/bibtex1.bib',
  'files/bibtex2.bib',
  'files/bibtex3.bib',
];

/** The first words of the template's own About page. */
export const SAMPLE_ABOUT_START =
  'This is the front page of a website that is powered by the [Academic Pages template]';

/** True when `file` in `folder` is the template's sample with its title unchanged. */
export const isSampleEntry = (folder: string, file: string, title: unknown) =>
  SAMPLE_ENTRIES.some(
    (sample) => sample.folder === folder && sample.file === file && sample.title === title,
  );

/** Words of the template's own CV page (cv.md): a page still holding them is the template's. */
const SAMPLE_CV_TEXT = 'Version Control Theory, GitHub University';

/**
 * Words of the template's own pages as it ships them (its CV, Markdown guide, terms, sitemap,
 * talk map, sample pages): a page at a template address still holding them is the template's,
 * left out with its line, not made a page of the author's. Literal data, read from the template.
 */
export const SAMPLE_PAGE_TEXTS: readonly string[] = [
  SAMPLE_CV_TEXT,
  '{% include cv-template.html %}',
  '## Locations of key files/directories',
  'This is a page not in the menu. You can use markdown in this page.',
  'The privacy of my visitors is extremely important.',
  'A list of all the posts and pages found on the site.',
  'This map is generated from a Jupyter Notebook file',
  'A variety of common markup showing how the theme styles them.',
];
