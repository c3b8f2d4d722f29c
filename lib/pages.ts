import { locales } from './i18n/locales';
import { prebuiltPairs } from './pairs';
import { countyParts } from './places/county-parts';
import type { PlacedRegion } from './places/coverage';
import { localeHref, paths } from './routes';
import { listPagesWhole } from './scale';

/** What the list of pages depends on. */
export interface PageInventory {
  regionSlugs: readonly string[];
  topicIds: readonly string[];
  /** The county parts' keys, where the list pages are split by county (lib/scale.ts); none otherwise. */
  countyKeys?: readonly string[];
}

/** Every locale-less path that is a public page in each locale: the sitemap is built from this. */
export function publicPagePaths({ regionSlugs, topicIds, countyKeys = [] }: PageInventory): string[] {
  return [
    paths.home,
    ...regionSlugs.map(paths.region),
    paths.compare,
    ...countyKeys.map(paths.countyCompare),
    ...prebuiltPairs(regionSlugs.map((slug) => ({ slug }))).map(([a, b]) => paths.pair(a, b)),
    ...topicIds.flatMap((id) => [paths.topic(id), ...countyKeys.map((key) => paths.topicCounty(id, key))]),
    paths.charter,
    paths.municipalities,
    paths.search,
    paths.about,
    paths.accessibility,
  ];
}

/** Pair pages in reverse order: they exist, and send the visitor on to the canonical order. */
export function reversePairPaths({ regionSlugs }: PageInventory): string[] {
  return prebuiltPairs(regionSlugs.map((slug) => ({ slug }))).map(([a, b]) => paths.pair(b, a));
}

/**
 * Every page's site path ("/sv/regions/halland/"), without the base path; "/" included. The pair
 * viewer is a page a link may lead to, though it asks search engines not to index it; the columns it
 * fetches are not pages for readers.
 */
export function sitePagePaths(inventory: PageInventory): Set<string> {
  const pagePaths = [...publicPagePaths(inventory), ...reversePairPaths(inventory), paths.pairViewer];
  return new Set(['/', ...locales.flatMap((locale) => pagePaths.map((path) => localeHref(locale, path)))]);
}

/** The inventory of loaded content. */
export function inventoryOf(content: { regions: readonly PlacedRegion[]; topics: readonly { id: string }[] }) {
  return {
    regionSlugs: content.regions.map((region) => region.slug),
    topicIds: content.topics.map((topic) => topic.id),
    countyKeys: listPagesWhole(content.regions.length) ? [] : countyParts(content.regions).map((part) => part.key),
  };
}
