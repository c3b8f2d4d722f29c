import { locales } from './i18n/locales';
import { localeHref, paths } from './routes';

/** What the list of pages depends on. */
export interface PageInventory {
  regionSlugs: readonly string[];
}

/** Every locale-less path that is a public page in each locale: the sitemap is built from this. */
export function publicPagePaths({ regionSlugs }: PageInventory): string[] {
  return [paths.home, ...regionSlugs.map(paths.region), paths.charter, paths.about, paths.accessibility];
}

/** Every page's site path ("/sv/regions/halland/"), without the base path; "/" included. */
export function sitePagePaths(inventory: PageInventory): Set<string> {
  const pagePaths = publicPagePaths(inventory);
  return new Set(['/', ...locales.flatMap((locale) => pagePaths.map((path) => localeHref(locale, path)))]);
}
