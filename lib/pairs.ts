/** Which pairs of regions exist, which get pages of their own, and where those are. No React, no Next.js. */
import type { Content, Region } from './content/load';
import { paths } from './routes';
import { pairPagesPrebuilt } from './scale';

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
