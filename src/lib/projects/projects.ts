/** What the project pages show of a project: its links, when it ran, and its papers. Pure. */
import type { Project } from '../../schemas/project.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { PublicationLink } from '../publications/publications.ts';
import { formatYearOrMonth, shortDates } from '../i18n/dates.ts';

const NAMED_LINKS = [
  ['demo', 'project.demo'],
  ['data', 'project.data'],
  ['website', 'project.website'],
] as const;

/**
 * The project's links as the link chips of a paper show them: code first (with its icon), then
 * demo, data and website under their interface names, then the owner's own in the owner's order.
 */
export function projectLinks(links: Project['links'], t: Translate): PublicationLink[] {
  return [
    ...(links.code ? [{ kind: 'code' as const, label: t('links.code'), href: links.code }] : []),
    ...NAMED_LINKS.flatMap(([kind, labelKey]) =>
      links[kind] ? [{ kind: 'extra' as const, label: t(labelKey), href: links[kind] }] : [],
    ),
    ...(links.extra ?? []).map((link) => ({
      kind: 'extra' as const,
      label: link.label,
      href: link.url,
    })),
  ];
}

/**
 * When the project ran, as shown on its card: `2021 – present`, `Mar 2021 – Jun 2023`, `2023`;
 * undefined when it has no dates. A project with a status but no end is not called "present"
 * unless it is active.
 */
export function formatProjectWhen(
  data: Pick<Project, 'start' | 'end' | 'status'>,
  month: (value: string) => string = formatYearOrMonth,
  present = 'present',
): string | undefined {
  const start = data.start && month(data.start);
  const end = data.end
    ? month(data.end)
    : data.start && (data.status === undefined || data.status === 'active')
      ? present
      : undefined;
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start || end || undefined;
}

/** The entries of `publications` a project names, in the project's order (the rules have already refused unknown ids). */
export function projectPapers<T extends { id: string }>(
  paperIds: readonly string[],
  publications: readonly T[],
): T[] {
  const byId = new Map(publications.map((publication) => [publication.id, publication]));
  return paperIds.flatMap((id) => byId.get(id) ?? []);
}

/** The projects that name the paper `paperId`, in the order the projects are listed. */
export function projectsOfPaper<T extends { data: Pick<Project, 'publications'> }>(
  paperId: string,
  projects: readonly T[],
): T[] {
  return projects.filter((project) => project.data.publications.includes(paperId));
}

/** The line under a project's title: when it ran and where it stands, `2021 – present · Active`; undefined when neither is known. */
export function projectWhenLine(
  data: Pick<Project, 'start' | 'end' | 'status'>,
  t: Translate,
): string | undefined {
  const when = formatProjectWhen(data, shortDates(t('date.locale')).month, t('experience.present'));
  const parts = [when, data.status && t(`project.status.${data.status}`)].filter(
    (part) => part !== undefined,
  );
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
