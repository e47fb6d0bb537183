/** An old address an entry declared in its `redirectFrom`, and the page it now lives at. */
export interface RedirectRequest {
  from: string;
  to: string;
  /** The file that declared it, for error messages. */
  declaredIn: string;
}

/** A redirect ready to be written: `file` is the path inside the build output. */
export interface Redirect extends RedirectRequest {
  file: string;
}

/** `/about` and `/about/` and `/about/index.html` are one address to a static host. */
export function canonicalPath(path: string): string {
  const [withoutFragment = '/'] = path.split('#');
  if (withoutFragment.endsWith('/index.html')) return withoutFragment.slice(0, -'index.html'.length);
  if (withoutFragment.endsWith('/')) return withoutFragment;
  const last = withoutFragment.split('/').pop() ?? '';
  return last.includes('.') ? withoutFragment : `${withoutFragment}/`;
}

/**
 * The file a static host serves for an address: `/about.html` is the file `about.html`,
 * `/about/` (and `/about`) the file `about/index.html`.
 */
export function redirectFile(from: string): string {
  const path = canonicalPath(from).slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Checks every requested redirect against the real pages and each other.
 * Throws one error that lists every problem, each with the file that declared it.
 */
export function planRedirects(requests: readonly RedirectRequest[], pages: Iterable<string>): Redirect[] {
  const realPages = new Set([...pages].map(canonicalPath));
  const problems: string[] = [];
  const bySource = new Map<string, RedirectRequest>();

  for (const request of requests) {
    const from = canonicalPath(request.from);
    const to = canonicalPath(request.to);
    const where = `${request.declaredIn}: redirectFrom "${request.from}"`;
    if (realPages.has(from)) {
      problems.push(`${where} is the address of a real page; a redirect there would hide it. Remove it from redirectFrom.`);
    } else if (from === to) {
      problems.push(`${where} points to itself, a redirect loop.`);
    } else if (!realPages.has(to)) {
      problems.push(`${where} points to "${request.to}", which no page serves.`);
    }
    const earlier = bySource.get(from);
    if (earlier) {
      problems.push(`${where} is also declared in ${earlier.declaredIn}; an old address can lead to one page only.`);
    } else {
      bySource.set(from, request);
    }
  }

  if (problems.length > 0) {
    throw new Error(`Invalid redirects (redirectFrom):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  return [...bySource.values()].map((request) => ({ ...request, file: redirectFile(request.from) }));
}
