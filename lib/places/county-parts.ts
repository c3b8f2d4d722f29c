/**
 * The parts the pages that list every region split into above the list limit (lib/scale.ts): one per
 * county, holding the regions whose municipalities lie in it. A county is a unit that people know and
 * that stays put as regions are added, so each part's URL, and every cell id on it, stays the same; and
 * a county holds at most about fifty bodies (Västra Götaland's 49 municipalities and its region), so a
 * part stays small however many regions the site has. A region across two counties is in both.
 */
import type { Country } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { listPagesWhole } from '../scale';
import { countiesOf, type PlacedRegion } from './coverage';
import { type County, getRegister } from './register';

export interface CountyPart<R> {
  /** The part's URL segment: country and county code, "se-17". */
  key: string;
  country: Country;
  code: string;
  name: Record<Locale, string>;
  regions: R[];
}

export const countyKey = (county: Pick<County, 'country' | 'code'>) => `${county.country.toLowerCase()}-${county.code}`;

/** Every county that has a region, in the register's order, with its regions in the order given. */
export function countyParts<R extends PlacedRegion>(regions: readonly R[], register = getRegister()): CountyPart<R>[] {
  // Asked for by every part's page and its metadata: at 700 regions, hundreds of times a build.
  const known = memo.get(regions);
  if (known && register === getRegister()) return known as CountyPart<R>[];
  const byCounty = new Map<County, R[]>();
  for (const region of regions) {
    for (const county of countiesOf(region, register)) {
      const inCounty = byCounty.get(county) ?? [];
      inCounty.push(region);
      byCounty.set(county, inCounty);
    }
  }
  const parts = register.counties
    .filter((county) => byCounty.has(county))
    .map((county) => ({
      key: countyKey(county),
      country: county.country,
      code: county.code,
      name: county.name,
      regions: byCounty.get(county)!,
    }));
  if (register === getRegister()) memo.set(regions, parts);
  return parts;
}

const memo = new WeakMap<readonly PlacedRegion[], CountyPart<PlacedRegion>[]>();

/** The parts grouped by country, in the register's order: what an index of them lists. */
export function partsByCountry<R>(parts: readonly CountyPart<R>[]): { country: Country; parts: CountyPart<R>[] }[] {
  const countries = [...new Set(parts.map((part) => part.country))];
  return countries.map((country) => ({ country, parts: parts.filter((part) => part.country === country) }));
}

/**
 * The parts to build pages for: every part above the list limit. Below it the lists are whole and no
 * part is linked, but Next's static export wants a page per dynamic route, so the first part keeps an
 * unlisted one (as pair pages do, lib/pairs.ts), which asks not to be indexed.
 */
export function partsToBuild<R extends PlacedRegion>(regions: readonly R[]): CountyPart<R>[] {
  const parts = countyParts(regions);
  return listPagesWhole(regions.length) ? parts.slice(0, 1) : parts;
}

/** The part with this key, if it is built. */
export function findPart<R extends PlacedRegion>(regions: readonly R[], key: string): CountyPart<R> | undefined {
  return partsToBuild(regions).find((part) => part.key === key);
}
