/** Pure views of one region's content, for its page and its card: no React, no Next.js. */
import type { Region } from './content/load';
import type { Commitment, Organisation, Plan, Source, Topic } from './content/schema';
import type { Dictionary } from './i18n';
import { isLocale, type Locale } from './i18n/locales';

/** The views read a region as the content has it or as a page localises it: the same fields either way. */
type Commitments<C> = { commitments: readonly C[] };

export interface TopicGroup<C> {
  /** Undefined for commitments that fit no topic; that group comes last. */
  topic: Topic | undefined;
  commitments: C[];
}

/** What a region's source says on a topic: its commitments with that topic, possibly none. */
export function commitmentsOn<C extends Pick<Commitment, 'topic'>>(region: Commitments<C>, topicId: string): C[] {
  return region.commitments.filter((commitment) => commitment.topic === topicId);
}

/** The region's commitments grouped by topic, in the order of the topic list. */
export function commitmentsByTopic<C extends Pick<Commitment, 'topic'>>(
  region: Commitments<C>,
  topics: readonly Topic[],
): TopicGroup<C>[] {
  const groups: TopicGroup<C>[] = topics.map((topic) => ({
    topic,
    commitments: commitmentsOn(region, topic.id),
  }));
  groups.push({ topic: undefined, commitments: region.commitments.filter((commitment) => !commitment.topic) });
  return groups.filter((group) => group.commitments.length > 0);
}

/** The plan that reaches furthest in time, among those with at least one known year. */
export function latestPlan<P extends Pick<Plan, 'period'>>(region: { plans: readonly P[] }): P | undefined {
  let latest: { plan: P; year: number } | undefined;
  for (const plan of region.plans) {
    const year = plan.period.to ?? plan.period.from;
    if (year !== undefined && (!latest || year > latest.year)) latest = { plan, year };
  }
  return latest?.plan;
}

export function sourceById<S extends Pick<Source, 'id'>>(region: { sources: readonly S[] }, id: string): S {
  const source = region.sources.find((candidate) => candidate.id === id);
  // The content check guarantees every reference resolves; reaching this is a bug, not bad content.
  if (!source) throw new Error(`No source "${id}" in this region: the content check should have caught it`);
  return source;
}

/** The site's locale that is the region's own language, so that links lead to a page in the source's language. */
export function pageLocaleOf(region: Pick<Region, 'language'>): Locale {
  return isLocale(region.language) ? region.language : 'en';
}

export function organisationNames(region: Pick<Region, 'organisations'>): string {
  return region.organisations.map((organisation) => organisation.name).join(', ');
}

/** What has become of an organisation, in a few words: "Merged in 2020, now Innlandet fylkeskommune". */
export function organisationStatusText(status: Organisation['status'], t: Dictionary): string {
  if (status.kind === 'merged') return t.organisationStatus.merged(status.into, status.year);
  if (status.kind === 'renamed') return t.organisationStatus.renamed(status.newName);
  return t.organisationStatus.unchanged;
}

/**
 * When every organisation behind a region has gone up in another, the last of them: the region's work
 * as the source describes it ended then. Undefined while any of them still exists.
 */
export function regionEnded(
  region: Pick<Region, 'organisations'>,
): { organisation: string; year: number; into: string } | undefined {
  const merged = region.organisations.flatMap((organisation) =>
    organisation.status.kind === 'merged'
      ? [{ organisation: organisation.name, year: organisation.status.year, into: organisation.status.into }]
      : [],
  );
  if (merged.length === 0 || merged.length < region.organisations.length) return undefined;
  return merged.reduce((last, next) => (next.year > last.year ? next : last));
}

/** The latest review date among the regions a page shows: how fresh the page's content is. */
export function lastReviewed(regions: readonly Pick<Region, 'reviewed'>[]): string {
  return regions.map((region) => region.reviewed).reduce((latest, date) => (date > latest ? date : latest), '');
}
