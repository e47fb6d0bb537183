import type { Site } from '../../schemas/site.ts';

/** Which icon a profile link gets (names in src/components/Icon.astro). */
export type ProfileIcon = 'scholar' | 'id' | 'book' | 'briefcase' | 'message' | 'globe' | 'link';

/** One link of the profile card: its text, where it goes, the handle a screen reader hears after the text, and its icon. */
export interface ProfileLink {
  label: string;
  href: string;
  handle?: string;
  icon: ProfileIcon;
}

/** The owner file's fields the profile links are made of. */
export type ProfileHandles = Pick<
  Site['author'],
  | 'googleScholar'
  | 'orcid'
  | 'semanticScholar'
  | 'researchgate'
  | 'arxiv'
  | 'pubmed'
  | 'scopus'
  | 'linkedin'
  | 'twitter'
  | 'bluesky'
  | 'mastodon'
  | 'website'
  | 'otherProfiles'
>;

/**
 * The profile links of the card, in a fixed order (research profiles, then social ones, then
 * the author's own), each address built from a handle the schema has checked.
 */
export function profileLinks(author: ProfileHandles, websiteLabel: string): ProfileLink[] {
  const links: (ProfileLink | undefined)[] = [
    author.googleScholar
      ? {
          label: 'Google Scholar',
          href: `https://scholar.google.com/citations?user=${author.googleScholar}`,
          icon: 'scholar',
        }
      : undefined,
    author.orcid
      ? {
          label: 'ORCID',
          href: `https://orcid.org/${author.orcid}`,
          handle: author.orcid,
          icon: 'id',
        }
      : undefined,
    author.semanticScholar
      ? { label: 'Semantic Scholar', href: author.semanticScholar, icon: 'book' }
      : undefined,
    author.researchgate
      ? {
          label: 'ResearchGate',
          href: `https://www.researchgate.net/profile/${encodeURIComponent(author.researchgate)}`,
          icon: 'book',
        }
      : undefined,
    author.arxiv ? { label: 'arXiv', href: author.arxiv, icon: 'book' } : undefined,
    author.pubmed ? { label: 'PubMed', href: author.pubmed, icon: 'book' } : undefined,
    author.scopus ? { label: 'Scopus', href: author.scopus, icon: 'book' } : undefined,
    author.linkedin
      ? {
          label: 'LinkedIn',
          href: `https://www.linkedin.com/in/${author.linkedin}/`,
          handle: author.linkedin,
          icon: 'briefcase',
        }
      : undefined,
    author.twitter
      ? {
          label: 'X (Twitter)',
          href: `https://x.com/${author.twitter}`,
          handle: `@${author.twitter}`,
          icon: 'message',
        }
      : undefined,
    author.bluesky
      ? {
          label: 'Bluesky',
          href: `https://bsky.app/profile/${author.bluesky}`,
          handle: `@${author.bluesky}`,
          icon: 'message',
        }
      : undefined,
    author.mastodon ? mastodonLink(author.mastodon) : undefined,
    author.website ? { label: websiteLabel, href: author.website, icon: 'globe' } : undefined,
    ...(author.otherProfiles ?? []).map((profile): ProfileLink => ({
      label: profile.label,
      href: profile.url,
      icon: 'link',
    })),
  ];
  return links.filter((link): link is ProfileLink => link !== undefined);
}

/** `@user@host` (or `user@host`) → `https://host/@user`. */
function mastodonLink(account: string): ProfileLink {
  const [user = '', host = ''] = account.replace(/^@/, '').split('@');
  return {
    label: 'Mastodon',
    href: `https://${host}/@${user}`,
    handle: `@${user}@${host}`,
    icon: 'message',
  };
}
