import { SEARCH_PATH } from '#lib/routing/routes.ts';

/** What a page's policy allows beyond its own inline code, which every page's policy allows by hash. */
export interface PageAllowance {
  /** The site's own script files (`'self'`): Pagefind's script and its worker. */
  scriptFiles: boolean;
  /** WebAssembly compiled from bytes (`'wasm-unsafe-eval'`): Pagefind's search engine. */
  wasm: boolean;
}

export const NO_ALLOWANCE: PageAllowance = { scriptFiles: false, wasm: false };

/**
 * The one table of pages whose policy allows more than their inline code, by their path in the
 * default language (each translation gets the same). Only the search page: every other page runs
 * no script file and no WebAssembly, and its policy says so.
 */
export const PAGE_ALLOWANCES: Readonly<Record<string, PageAllowance>> = {
  [SEARCH_PATH]: { scriptFiles: true, wasm: true },
};

/**
 * The allowance of the page published at `file` (`/zh/search/index.html`, from the site's root):
 * its table entry when the file is that page in the default language or in one of `languages`.
 */
export function pageAllowance(file: string, languages: readonly string[]): PageAllowance {
  const page = file.replace(/(^|\/)index\.html$/, '$1');
  for (const [path, allowance] of Object.entries(PAGE_ALLOWANCES)) {
    if (page === path || languages.some((code) => page === `/${code}${path}`)) return allowance;
  }
  return NO_ALLOWANCE;
}

/** What several pages allow together: the header policy, one for every page, is their union (each page's own `<meta>` narrows it). */
export function unionOfAllowances(allowances: Iterable<PageAllowance>): PageAllowance {
  const union = { ...NO_ALLOWANCE };
  for (const allowance of allowances) {
    union.scriptFiles ||= allowance.scriptFiles;
    union.wasm ||= allowance.wasm;
  }
  return union;
}
