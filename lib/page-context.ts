/**
 * What every part of a page in one locale needs to know, built once per page and handed down as one
 * value: the locale, its dictionary, the page's links and date format, and the regions as the locale
 * shows them.
 */
import { getContent, type LocalisedRegion, localisedRegions } from './content';
import type { RegionFrontmatter } from './content/schema';
import { countStatuses, regionEntryStates, type StatusCount } from './content/translations';
import { formatDate } from './dates';
import { type Dictionary, getDictionary } from './i18n';
import type { Locale } from './i18n/locales';
import { anchors, localeHref, paths } from './routes';
import { absoluteUrl } from './site';

export interface PageContext {
  locale: Locale;
  t: Dictionary;
  /** The site path of a page in this locale, from lib/routes.ts's paths: href(paths.compare). */
  href: (path: string) => string;
  /** Links to the pages and places that many parts of the site point at. */
  links: {
    region: (slug: string) => string;
    topic: (id: string) => string;
    pair: (a: string, b: string) => string;
    article: (number: number) => string;
  };
  /** The absolute URL of a page in this locale, for citations and share links. */
  absoluteUrl: (path: string) => string;
  /** A YYYY-MM-DD date as the locale writes it. */
  formatDate: (isoDate: string) => string;
  /**
   * The published regions as this page shows them: each translatable text its current translation into
   * the page's locale, or else the source's words with the reason (lib/content/localise.ts).
   */
  regions: LocalisedRegion[];
  /** One of them, by slug; a slug the content does not have is a bug, not a visitor's mistake. */
  region: (slug: string) => LocalisedRegion;
  /** How far the region's translation into this locale has come; undefined on a page in its own language. */
  translationCount: (region: RegionRef) => StatusCount | undefined;
}

type RegionRef = Pick<RegionFrontmatter, 'slug' | 'language'>;

export function pageContext(locale: Locale): PageContext {
  const href = (path: string) => localeHref(locale, path);
  return {
    locale,
    t: getDictionary(locale),
    href,
    links: {
      region: (slug) => href(paths.region(slug)),
      topic: (id) => href(paths.topic(id)),
      pair: (a, b) => href(paths.pair(a, b)),
      article: (number) => `${href(paths.charter)}#${anchors.article(number)}`,
    },
    absoluteUrl: (path) => absoluteUrl(href(path)),
    formatDate: (isoDate) => formatDate(isoDate, locale),
    get regions() {
      return localisedRegions(locale);
    },
    region: (slug) => {
      const region = localisedRegions(locale).find((candidate) => candidate.slug === slug);
      if (!region) throw new Error(`No region "${slug}" in the content`);
      return region;
    },
    translationCount: (region) =>
      region.language === locale
        ? undefined
        : countStatuses(region.slug, locale, regionEntryStates(getContent(), region.slug, locale)),
  };
}
