import { locales } from './i18n/locales';
import { localeHref, paths } from './routes';

/** Every locale-less path that is a public page in each locale: the sitemap is built from this. */
export function publicPagePaths(): string[] {
  return [paths.home, paths.about, paths.accessibility];
}

/** Every page's site path ("/sv/about/"), without the base path; "/" included. */
export function sitePagePaths(): Set<string> {
  const pagePaths = publicPagePaths();
  return new Set(['/', ...locales.flatMap((locale) => pagePaths.map((path) => localeHref(locale, path)))]);
}
