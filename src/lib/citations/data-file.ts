/** Where `npm run citations` writes and the build reads the counts, from the project root. */
export const CITATIONS_FILE = 'src/data/citations.json';
