import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cacheDir } from 'astro:config/server';
import { getSiteContent } from '#lib/content/site-content.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, stringsFor } from '#lib/i18n/page-language.ts';
import { mathPlainText } from '#lib/markdown/math-plain-text.ts';
import { postByline, publicationByline } from '#lib/previews/bylines.ts';
import { postFolder, postsIn } from '#lib/posts/posts.ts';
import type { PreviewCard } from '#lib/previews/preview-card.ts';
import { renderPreviewImageCached } from '#lib/previews/preview-image.ts';
import { projectWhenLine } from '#lib/projects/projects.ts';
import { siteConfig } from '../../../site.config.ts';

/**
 * `/previews/<kind>/<id>.png`: the link-preview picture of each paper's, project's and post's page
 * (previewImagePath in routes.ts), made at build time and kept in Astro's cache folder. A post in
 * another language keeps its folder (`/previews/posts/zh/jianjie.png`) and is set in that language.
 */
export const getStaticPaths = (async () => {
  const { publications, projects, posts } = await getSiteContent();
  const site = {
    siteName: siteConfig.title,
    lang: siteConfig.contentLocale ?? DEFAULT_LANGUAGE.locale,
  };
  const t = stringsFor(DEFAULT_LANGUAGE);
  const cards: { kind: string; id: string; card: PreviewCard }[] = [
    ...publications.map((publication) => ({
      kind: 'publications',
      id: publication.id,
      card: {
        ...site,
        title: mathPlainText(publication.data.title),
        byline: publicationByline(publication.data, siteConfig.author.name),
      },
    })),
    ...projects.map((project) => ({
      kind: 'projects',
      id: project.id,
      card: {
        ...site,
        title: project.data.title,
        byline: projectWhenLine(project.data, t) ?? project.data.summary,
      },
    })),
    ...LANGUAGES.flatMap((language) =>
      postsIn(posts, postFolder(language.code, DEFAULT_LANGUAGE.code)).map((post) => ({
        kind: 'posts',
        id: post.id,
        card: {
          ...site,
          ...(language.code === DEFAULT_LANGUAGE.code ? {} : { lang: language.locale }),
          title: mathPlainText(post.data.title),
          byline: postByline(post.data, stringsFor(language)),
        },
      })),
    ),
  ];
  return cards.map(({ kind, id, card }) => ({ params: { kind, id }, props: { card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(
    await renderPreviewImageCached(props.card, fileURLToPath(new URL('previews/', cacheDir))),
    { headers: { 'Content-Type': 'image/png' } },
  );
