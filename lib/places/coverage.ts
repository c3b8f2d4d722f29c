/**
 * Which regions on the site cover which municipalities. A municipality may be covered by several: a
 * county's body and a cooperation of some of its municipalities overlap, and both are on the site.
 */
import type { RegionFrontmatter } from '../content/schema';
import type { Dictionary } from '../i18n';
import { intlLocales, type Locale } from '../i18n/locales';
import { regionEnded } from '../region-view';
import { getRegister, type Municipality, municipalityKey } from './register';

export type PlacedRegion = Pick<RegionFrontmatter, 'slug' | 'name' | 'country' | 'place'>;

/** The counties' names in a locale, as a list in words: "Västerbottens län och Norrbottens län". */
export function countyNames(region: PlacedRegion, locale: Locale): string {
  const names = countiesOf(region).map((county) => county.name[locale]);
  return new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }).format(names);
}

/** A region's municipalities as the register has them, in the order the file lists them. */
export function municipalitiesOf(region: PlacedRegion, register = getRegister()): Municipality[] {
  return region.place.municipalities.map((code) => {
    const municipality = register.find(region.country, code);
    if (!municipality) throw new Error(`${region.slug}: municipality ${code} is not in the register.`);
    return municipality;
  });
}

/** A region as a map draws it: its slug, country and municipalities. */
export function areaOf(region: PlacedRegion) {
  return {
    id: region.slug,
    country: region.country,
    municipalities: region.place.municipalities.map((code) => ({ country: region.country, code })),
  };
}

/** The counties a region's municipalities lie in, each once, in the register's order. */
export function countiesOf(region: PlacedRegion, register = getRegister()) {
  const counties = new Set(municipalitiesOf(region, register).map((municipality) => municipality.county));
  return register.counties.filter((county) => counties.has(county));
}

/**
 * "6 kommuner i Västerbottens län": how many municipalities a region covers, and in which counties; for
 * a region whose organisations are gone, since when the counties are theirs ("22 kommuner, sedan 2020 i
 * Innlandet fylke"), as the register knows only today's counties.
 */
export function placeInWords(
  region: PlacedRegion & Pick<RegionFrontmatter, 'organisations'>,
  t: Dictionary,
  locale: Locale,
): string {
  const count = t.places.municipalityCount(region.place.municipalities.length);
  const ended = regionEnded(region);
  const counties = countyNames(region, locale);
  return ended ? t.places.inCountiesSince(count, ended.year, counties) : t.places.inCounties(count, counties);
}

/** For each municipality key ("SE-2403"), the regions that cover it, in the order given. */
export function coverage<R extends PlacedRegion>(regions: readonly R[], register = getRegister()): Map<string, R[]> {
  const covering = new Map<string, R[]>();
  for (const region of regions) {
    for (const municipality of municipalitiesOf(region, register)) {
      const key = municipalityKey(municipality);
      covering.set(key, [...(covering.get(key) ?? []), region]);
    }
  }
  return covering;
}
