import { isExternal } from './links.ts';

/** Where the build is published, as astro.config.mjs resolved it: `site` and `base`. */
export interface SiteAddress {
  /** The site's address, e.g. `https://qipengwang.github.io`. */
  site: string | undefined;
  /** The folder it is served from, e.g. `/` or `/site/`. */
  base: string;
}

/** The two ways to write an in-site address for a given site and base; the helpers below bind them to this build. */
export function addressesOn(address: SiteAddress) {
  const prefix = address.base.endsWith('/') ? address.base.slice(0, -1) : address.base;
  const pathWithBase = (path: string): string => {
    if (isExternal(path) || path.startsWith('#')) return path;
    return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
  };
  const absoluteUrl = (path: string): string => {
    if (!address.site)
      throw new Error(
        'The site has no address: set url in src/site.config.ts (or SITE_URL for this build).',
      );
    return new URL(pathWithBase(path), address.site).href;
  };
  return { pathWithBase, absoluteUrl };
}

/*
 * Read from Astro on each call, never passed in (Starlight's utils/base.ts): Astro replaces
 * import.meta.env.SITE and BASE_URL with the site and base of this build, SITE_URL and SITE_BASE
 * included. Outside a build (node --test) they are unset, so nothing is read at import time.
 */
const thisBuild = () => addressesOn({ site: import.meta.env.SITE, base: import.meta.env.BASE_URL });

/**
 * A path on this site with the base path in front, for an `href` or `src`: `/files/cv.pdf` →
 * `/site/files/cv.pdf` when the site is served under `/site/`. Web addresses and `#fragments`
 * are returned as they are.
 */
export const pathWithBase = (path: string): string => thisBuild().pathWithBase(path);

/** The full address of a path on this site, for canonical links, the feed and JSON-LD: `/publications/` → `https://qipengwang.github.io/publications/`. */
export const absoluteUrl = (path: string): string => thisBuild().absoluteUrl(path);
