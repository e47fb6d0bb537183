import type { APIRoute, GetStaticPaths } from 'astro';
import { monogramIcon } from '#lib/profile/favicon.ts';
import { initials } from '#lib/profile/initials.ts';
import { FAVICON_PATH } from '#lib/routing/routes.ts';
import { ownFileExists } from '#lib/content/site-content.ts';
import { siteConfig } from '../site.config.ts';

/** `/favicon.svg`, made from the owner's initials; an icon of the owner's own in public/ wins. */
export const getStaticPaths = (() =>
  ownFileExists(FAVICON_PATH) ? [] : [{ params: { favicon: 'favicon' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(monogramIcon(initials(siteConfig.author.name)), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
