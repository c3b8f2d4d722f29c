/**
 * The downloads about places: every municipality with the regions that cover it (CSV), and each
 * region's area as GeoJSON for journalists' own maps. Pure functions of the regions and the register.
 */
import { stringify } from 'csv-stringify/sync';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';

import { locales } from '../i18n/locales';
import { localeHref, paths } from '../routes';
import { absoluteUrl } from '../site';
import { areaOf, coverage, type PlacedRegion } from './coverage';
import { mapDataCredit, mapDataLicence } from './credit';
import { getRegister, municipalityKey, type Register } from './register';
import { unionOf } from './shapes';

const municipalityColumns = ['code', 'name', 'county_code', 'county', 'country', 'regions'] as const;

/**
 * One row per municipality, by country and code. The county is named in the country's own language;
 * the regions that cover the municipality are slugs separated by semicolons, empty when none does. A
 * byte order mark and CRLF line ends, as in commitments.csv, for spreadsheet programs.
 */
export function municipalitiesCsv(regions: readonly PlacedRegion[], register: Register = getRegister()): string {
  const covering = coverage(regions, register);
  const rows = register.municipalities.map((municipality) => ({
    code: municipality.code,
    name: municipality.name,
    county_code: municipality.county.code,
    county: municipality.country === 'NO' ? municipality.county.name.nb : municipality.county.name.sv,
    country: municipality.country,
    regions: (covering.get(municipalityKey(municipality)) ?? []).map((region) => region.slug).join(';'),
  }));
  return stringify(rows, { header: true, columns: [...municipalityColumns], bom: true, record_delimiter: 'windows' });
}

/** Five decimals of a degree, about a metre: finer than the boundaries are. */
const round = ([longitude, latitude]: Position): Position => [
  Math.round(longitude! * 1e5) / 1e5,
  Math.round(latitude! * 1e5) / 1e5,
];

/**
 * RFC 7946 wants outer rings counterclockwise, the opposite of d3-geo's winding, which the shapes
 * have: every ring turned round, with its coordinates rounded.
 */
function rfc7946(shape: MultiPolygon): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: shape.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse().map(round))),
  };
}

export interface RegionProperties {
  slug: string;
  name: string;
  country: string;
  municipalities: string[];
  pages: Record<string, string>;
}

/**
 * Each region as one Feature: the union of its municipalities, in WGS84 longitude and latitude, with
 * its slug, name, country, municipality codes and pages. The credit and licence of the boundaries go
 * with the file as members of its own.
 */
export function regionsGeojson(
  regions: readonly PlacedRegion[],
): FeatureCollection<MultiPolygon, RegionProperties> & { attribution: string; licence: typeof mapDataLicence } {
  const features = regions.map((region): Feature<MultiPolygon, RegionProperties> => ({
    type: 'Feature',
    properties: {
      slug: region.slug,
      name: region.name,
      country: region.country,
      municipalities: [...region.place.municipalities],
      pages: Object.fromEntries(
        locales.map((locale) => [locale, absoluteUrl(localeHref(locale, paths.region(region.slug)))]),
      ),
    },
    geometry: rfc7946(unionOf(areaOf(region).municipalities)),
  }));
  return {
    type: 'FeatureCollection',
    attribution: mapDataCredit,
    licence: mapDataLicence,
    features,
  };
}
