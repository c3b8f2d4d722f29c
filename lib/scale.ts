import { config } from './config';

/**
 * How the comparisons scale with the number of regions. Pair pages grow as n(n-1)/2 per locale, and
 * twice that with the reverse order: 10 for 5 regions, 44,850 for 300. Up to PAIR_PAGES_MAX_REGIONS
 * regions every pair is a prebuilt page with a URL of its own; above it no pair page is built, and one
 * page, /{locale}/compare/pair/?regions=a,b, draws any pair in the browser from /data/regions.json.
 * docs/performance.md shows what the build costs either way.
 */
export function pairPagesMaxRegions(): number {
  return config().PAIR_PAGES_MAX_REGIONS;
}

export function pairPagesPrebuilt(regionCount: number): boolean {
  return regionCount <= pairPagesMaxRegions();
}
