import { config } from './config';

/**
 * How the comparisons scale with the number of regions. Pair pages grow as n(n-1)/2 per locale, and
 * twice that with the reverse order: 10 for 5 regions, 44,850 for 300. Up to PAIR_PAGES_MAX_REGIONS
 * regions every pair is a prebuilt page with a URL of its own; above it no pair page is built, and one
 * page, /{locale}/compare/pair/?regions=a,b, draws any pair in the browser from the regions' column pages.
 * docs/performance.md shows what the build costs either way.
 */
export function pairPagesMaxRegions(): number {
  return config().PAIR_PAGES_MAX_REGIONS;
}

export function pairPagesPrebuilt(regionCount: number): boolean {
  return regionCount <= pairPagesMaxRegions();
}

/**
 * Whether the pages that list every region hold them all (the hub's matrix, a topic's sections, the
 * charter table, the home page's cards). Each region adds kilobytes to each of those pages, so above
 * LIST_PAGES_MAX_REGIONS they become indexes by county, and each county's part is a page of its own
 * (lib/places/county-parts.ts): a county holds at most a few dozen bodies, so no page grows with N.
 */
export function listPagesWhole(regionCount: number): boolean {
  return regionCount <= config().LIST_PAGES_MAX_REGIONS;
}
