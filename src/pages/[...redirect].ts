import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { APIRoute, GetStaticPaths } from 'astro';
import RedirectPage from '../components/RedirectPage.astro';
import type { Redirect } from '#lib/routing/redirects.ts';
import { getSiteContent } from '#lib/content/site-content.ts';
import { absoluteUrl, pathWithBase } from '#lib/routing/urls.ts';
import { siteConfig } from '../site.config.ts';

/*
 * An endpoint rather than a page so that each redirect is written to exactly the file a static
 * host serves for the old address: `/about.html` is `dist/about.html`, `/about/` is `dist/about/index.html`.
 */
export const getStaticPaths = (async () => {
  const { redirects } = await getSiteContent();
  return redirects.map((redirect) => ({
    params: { redirect: redirect.file },
    props: { redirect },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ redirect: Redirect }> = async ({ props }) => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(RedirectPage, {
    partial: false,
    props: {
      target: pathWithBase(props.redirect.to),
      canonical: absoluteUrl(props.redirect.to),
      siteTitle: siteConfig.title,
      locale: siteConfig.locale,
    },
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
