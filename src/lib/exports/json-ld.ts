import type { BlogPosting, Organization, Person, ScholarlyArticle, WithContext } from 'schema-dts';
import type { PostFields } from '../../schemas/post.ts';
import type { Publication } from '../../schemas/publication.ts';
import type { Site } from '../../schemas/site.ts';
import { resolveAuthors } from '../publications/authors.ts';
import { isoPublicationDate } from '../i18n/dates.ts';
import { arxivUrl, doiUrl } from '../routing/links.ts';
import { mathPlainText } from '../markdown/math-plain-text.ts';

/** The About page's Person: `@id` is the About URL with `#person`, which papers point back to. */
export function personJsonLd(
  author: Omit<Site['author'], 'nameVariants'>,
  aboutUrl: string,
): WithContext<Exclude<Person, string>> {
  const affiliation: Organization = { '@type': 'Organization', name: author.affiliation };
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': `${aboutUrl}#person`,
    name: author.name,
    ...(author.nameZh ? { alternateName: author.nameZh } : {}),
    description: author.bio,
    url: aboutUrl,
    affiliation,
    ...(author.location ? { homeLocation: { '@type': 'Place', name: author.location } } : {}),
    ...(author.github ? { sameAs: [`https://github.com/${author.github}`] } : {}),
  };
}

/** A paper's ScholarlyArticle: authors in order, the site owner as a reference to the About page's Person. */
export function articleJsonLd(
  data: Publication,
  options: { pageUrl: string; aboutUrl: string; ownerName: string; description?: string },
): WithContext<ScholarlyArticle> {
  const authors: Person[] = resolveAuthors(data.authors, options.ownerName).map((author) =>
    author.isOwner
      ? { '@type': 'Person', '@id': `${options.aboutUrl}#person`, name: author.name }
      : { '@type': 'Person', name: author.name, ...(author.url ? { url: author.url } : {}) },
  );
  const sameAs = [
    data.doi && doiUrl(data.doi),
    data.arxiv && arxivUrl(data.arxiv),
    data.venue.url,
  ].filter(
    (url, index, all): url is string => typeof url === 'string' && all.indexOf(url) === index,
  );
  const venueName = data.venue.name ?? data.venue.short;
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': options.pageUrl,
    url: options.pageUrl,
    headline: mathPlainText(data.title),
    name: mathPlainText(data.title),
    author: authors,
    datePublished: isoPublicationDate(data.date),
    ...(options.description ? { abstract: options.description } : {}),
    isPartOf:
      data.type === 'journal'
        ? { '@type': 'Periodical', name: venueName, alternateName: data.venue.short }
        : { '@type': 'CreativeWork', name: venueName, alternateName: data.venue.short },
    ...(data.publisher ? { publisher: { '@type': 'Organization', name: data.publisher } } : {}),
    ...(data.doi
      ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: data.doi } }
      : {}),
    ...(data.pages ? { pagination: data.pages.text } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

/** A post's BlogPosting: the site owner as its author, a reference to the About page's Person. */
export function blogPostingJsonLd(
  data: PostFields,
  options: { pageUrl: string; aboutUrl: string; ownerName: string; locale: string },
): WithContext<BlogPosting> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': options.pageUrl,
    url: options.pageUrl,
    mainEntityOfPage: options.pageUrl,
    headline: mathPlainText(data.title),
    description: mathPlainText(data.description),
    inLanguage: options.locale,
    author: { '@type': 'Person', '@id': `${options.aboutUrl}#person`, name: options.ownerName },
    datePublished: data.date,
    dateModified: data.updated ?? data.date,
    ...(data.tags.length > 0 ? { keywords: data.tags.join(', ') } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`,
 * so that no text can close the script or open a comment in it, and U+2028/U+2029 escaped for
 * readers that take them for line ends. The JSON means the same: only string contents change form.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
