import { readFileSync } from 'node:fs';

import { load } from 'cheerio';

import { site } from '../../lib/site';

/** Site-relative paths of every page listed in the built sitemap (the base path stripped). */
export function sitemapPaths(): string[] {
  const $ = load(readFileSync('out/sitemap.xml', 'utf8'), { xml: true });
  const prefix = `${site.url}${site.basePath}`;
  return $('url > loc')
    .map((_, el) => $(el).text().trim())
    .get()
    .map((url) => {
      if (!url.startsWith(prefix)) throw new Error(`sitemap URL ${url} is not under ${prefix}`);
      return url.slice(prefix.length);
    });
}

/**
 * Pages a visitor can reach that the sitemap rightly leaves out: 404 pages, a reversed pair, the pair
 * viewer showing a pair, and the search page showing results (the one page that runs WebAssembly).
 */
export const unlistedPaths = [
  '/sv/404/',
  '/nb/404/',
  '/en/404/',
  '/404.html',
  '/en/compare/varmland/halland/',
  '/sv/compare/pair/?regions=halland,varmland',
  '/sv/search/?q=Normstorm',
];

/** Every page the browser tests visit. */
export function allPagePaths(): string[] {
  return [...sitemapPaths(), ...unlistedPaths];
}
