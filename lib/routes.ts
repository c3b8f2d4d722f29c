import type { Locale } from './i18n/locales';

/**
 * Locale-less page paths, always ending in a slash (the site is exported with trailingSlash).
 * A page's full path is its locale followed by one of these, so the language switcher and the
 * hreflang alternates can swap the locale and keep the visitor on the same page.
 */
export const paths = {
  home: '',
  about: 'about/',
  accessibility: 'accessibility/',
  charter: 'charter/',
  notFound: '404/',
  region: (slug: string) => `regions/${slug}/`,
  compare: 'compare/',
  pair: (a: string, b: string) => `compare/${a}/${b}/`,
  /** Any pair, drawn in the browser: the way to compare when there are too many regions for pair pages. */
  pairViewer: 'compare/pair/',
  /** One region's column of a pair comparison, which the pair viewer sets beside another's. */
  pairColumn: (slug: string) => `compare/pair/${slug}/`,
  topic: (id: string) => `topics/${id}/`,
  /** Above the list limit (lib/scale.ts): the hub's comparison for the regions in one county. */
  countyCompare: (county: string) => `compare/county/${county}/`,
  /** Above the list limit: a topic's page for the regions in one county. */
  topicCounty: (id: string, county: string) => `topics/${id}/county/${county}/`,
  search: 'search/',
  /** Every municipality, and the regions that cover it: #{code} for each. */
  municipalities: 'municipalities/',
} as const;

/**
 * The web editor's folder (public/admin/): an application, not a document, so the build leaves its page
 * as it is and the document checks skip it.
 */
export const editorFolder = 'admin';

/**
 * Slugs a region may not have: "pair" and "county" name pages of their own where a slug would stand, and the editor's
 * folder name would give a public page the editor's wider security policy (the static servers' rules
 * match a folder of that name anywhere in a path).
 */
export const reservedSlugs = ['pair', 'county', editorFolder] as const;

/** Files of open data, the same for every locale. */
export const dataFiles = {
  regions: '/data/regions.json',
  commitments: '/data/commitments.csv',
  schema: '/schema/region.schema.json',
  municipalities: '/data/municipalities.csv',
  regionsGeojson: '/data/regions.geojson',
  feed: '/feed.xml',
} as const;

/** The site-relative href of a page in a locale, without the base path (next/link adds it). */
export function localeHref(locale: Locale, path: string): string {
  return `/${locale}/${path}`;
}

/** Anchors that other pages link to: explicit and stable, never derived from headings. */
export const anchors = {
  /** The region page's section on the CEMR charter. */
  charter: 'charter',
  /** The region page's section on its municipalities, with the map. */
  municipalities: 'municipalities',
  plan: (id: string) => `plan-${id}`,
  commitment: (id: string) => `commitment-${id}`,
  topicGroup: (topicId: string) => `topic-${topicId}`,
  source: (id: string) => `source-${id}`,
  article: (number: number) => `article-${number}`,
  /** A country's and a county's part of the page of every municipality; a municipality is its code. */
  country: (country: string) => `country-${country.toLowerCase()}`,
  county: (country: string, code: string) => `county-${country.toLowerCase()}-${code}`,
} as const;
