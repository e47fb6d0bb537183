import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { buildCvDocument } from '#lib/cv/cv.ts';
import { renderCvPdfCached } from '#lib/cv/cv-pdf.ts';
import { CV_PDF_PATH } from '#lib/routing/routes.ts';
import { getSiteContent, isDeployedFile, ownFileExists } from '#lib/content/site-content.ts';
import { absoluteUrl } from '#lib/routing/urls.ts';
import { DEFAULT_LANGUAGE } from '#lib/i18n/page-language.ts';
import { authorIn } from '#lib/i18n/owner-text.ts';
import { siteConfig } from '../../site.config.ts';

/**
 * `/files/cv.pdf`, printed from the same entries as /cv/, so the About page's CV link works out
 * of the box. A `public/files/cv.pdf` of the owner's own wins, and the build says which it used.
 */
export const getStaticPaths = (() => {
  const own = ownFileExists(CV_PDF_PATH);
  console.info(
    own
      ? '[cv] /files/cv.pdf: your own public/files/cv.pdf'
      : '[cv] /files/cv.pdf: made from your entries (put a public/files/cv.pdf of your own to replace it)',
  );
  return own ? [] : [{ params: { cv: 'cv' } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { education, experience, publications, teaching, talks } = await getSiteContent();
  const cv = buildCvDocument({
    // The PDF is written in the default language.
    site: {
      ...siteConfig,
      author: authorIn(siteConfig.author, DEFAULT_LANGUAGE.code, DEFAULT_LANGUAGE.code),
    },
    absoluteUrl,
    fileExists: isDeployedFile,
    education,
    experience,
    publications,
    teaching,
    talks,
  });
  return new Response(renderCvPdfCached(cv, fileURLToPath(new URL('cv-pdf/', cacheDir))), {
    headers: { 'Content-Type': 'application/pdf' },
  });
};
