/**
 * Pure logic for the comparison pages: which commitments fill a cell, which pairs exist and get pages,
 * and the ids and dates the pages carry. No React, no Next.js.
 */
import type { Content, Region } from './content/load';
import type { Commitment } from './content/schema';
import { paths } from './routes';
import { pairPagesPrebuilt } from './scale';

/** Stable anchor of a region's cell in a topic row: "employer-varmland", the same in every locale. */
export function cellId(rowId: string, slug: string): string {
  return `${rowId}-${slug}`;
}

/** What a region's source says on a topic: its commitments with that topic, possibly none. */
export function commitmentsOn(region: Pick<Region, 'commitments'>, topicId: string): Commitment[] {
  return region.commitments.filter((commitment) => commitment.topic === topicId);
}

/** Every pair of regions once, each pair in alphabetical order of slugs: the canonical pair pages. */
export function regionPairs(regions: readonly Pick<Region, 'slug'>[]): [string, string][] {
  const slugs = regions.map((region) => region.slug).sort();
  return slugs.flatMap((a, index) => slugs.slice(index + 1).map((b): [string, string] => [a, b]));
}

/** The pairs that have pages of their own: every pair, unless there are too many regions (lib/scale.ts). */
export function prebuiltPairs(regions: readonly Pick<Region, 'slug'>[]): [string, string][] {
  return pairPagesPrebuilt(regions.length) ? regionPairs(regions) : [];
}

/**
 * The pairs to build pages for. Next's static export wants at least one page per dynamic route, so
 * when pairs are not prebuilt the first pair keeps its page: a real comparison, just not linked.
 */
export function pairsToBuild(regions: readonly Pick<Region, 'slug'>[]): [string, string][] {
  return pairPagesPrebuilt(regions.length) ? regionPairs(regions) : regionPairs(regions).slice(0, 1);
}

/** The path of a pair's page, whichever order the two slugs come in. */
export function pairPath(a: string, b: string): string {
  return a < b ? paths.pair(a, b) : paths.pair(b, a);
}

/** The pair in canonical order, or undefined if either slug is unknown or both are the same. */
export function canonicalPair(content: Pick<Content, 'regions'>, a: string, b: string): [Region, Region] | undefined {
  const first = content.regions.find((region) => region.slug === a);
  const second = content.regions.find((region) => region.slug === b);
  if (!first || !second || a === b) return undefined;
  return a < b ? [first, second] : [second, first];
}

/** The latest review date among the regions a page shows: how fresh the page's content is. */
export function lastReviewed(regions: readonly Pick<Region, 'reviewed'>[]): string {
  return regions.map((region) => region.reviewed).reduce((latest, date) => (date > latest ? date : latest), '');
}
