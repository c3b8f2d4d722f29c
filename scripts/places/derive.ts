// One-off: derives the site's place data from raw boundaries, and is run by hand when they change:
//   npx tsx scripts/places/derive.ts <folder with the raw GeoJSON files>
// (here ../shared/reference/geo; its README names the files, their sources and licences). It writes
// assets/places/register.json (every municipality of Sweden and Norway, with its county, and the
// counties' names in sv, nb and en) and assets/places/municipalities.topo.json (their boundaries,
// simplified, in WGS84). Both are committed: the build reads them and never the raw files, which a
// fresh clone does not have. assets/places/README.md says where each fact comes from.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

import { countyNames } from './county-names';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npx tsx scripts/places/derive.ts <folder with the raw GeoJSON files>');
  process.exit(1);
}
const out = 'assets/places';

type Shape = Polygon | MultiPolygon;
const read = (name: string) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as FeatureCollection<Shape>;

const text = (feature: Feature, key: string): string => {
  const value = feature.properties?.[key];
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`A feature has no ${key}.`);
  return value.trim();
};

/**
 * d3-geo reads a polygon on the sphere: its outer ring clockwise, or it means the rest of the world.
 * The raw files follow RFC 7946's counterclockwise rule, or no rule; each polygon whose area comes out
 * larger than a hemisphere is turned round, holes with it.
 */
function clockwise(shape: Shape): Shape {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const turned = polygons.map((rings) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings,
  );
  return shape.type === 'Polygon'
    ? { type: 'Polygon', coordinates: turned[0]! }
    : { type: 'MultiPolygon', coordinates: turned };
}

interface Municipality {
  country: 'SE' | 'NO';
  code: string;
  name: string;
  county: string;
  shape: Shape;
}

const sweden: Municipality[] = read('sweden-municipalities.geojson').features.map((feature) => ({
  country: 'SE',
  code: text(feature, 'id'),
  name: text(feature, 'kom_namn'),
  county: text(feature, 'lan_code'),
  shape: feature.geometry,
}));
// A Norwegian municipality's number starts with its county's (SSB's numbering since 2024).
const norway: Municipality[] = read('norway-municipalities-2024.geojson').features.map((feature) => ({
  country: 'NO',
  code: text(feature, 'kommunenummer'),
  name: text(feature, 'kommunenavn'),
  county: text(feature, 'kommunenummer').slice(0, 2),
  shape: feature.geometry,
}));
const norwayCounties = new Map(
  read('norway-counties-2024.geojson').features.map((feature) => [
    text(feature, 'fylkesnummer'),
    text(feature, 'name'),
  ]),
);

const municipalities = [...sweden, ...norway].sort(
  (a, b) => a.country.localeCompare(b.country) || a.code.localeCompare(b.code),
);
for (const municipality of municipalities) {
  if (!/^\d{4}$/.test(municipality.code)) throw new Error(`Not a four-digit code: ${municipality.code}`);
}

const counties = [...new Set(municipalities.map(({ country, county }) => `${country}-${county}`))].sort().map((key) => {
  const [country, code] = key.split('-') as ['SE' | 'NO', string];
  const names = countyNames[country][code];
  if (!names) throw new Error(`No names for county ${key}.`);
  if (country === 'NO' && norwayCounties.get(code) !== names.nb) {
    throw new Error(
      `County ${key} is ${norwayCounties.get(code)} in Kartverket's file, ${names.nb} in county-names.ts.`,
    );
  }
  return { country, code, name: names };
});

const register = {
  counties,
  municipalities: municipalities.map(({ country, code, name, county }) => ({ country, code, name, county })),
};

// Shared borders become shared arcs, so a region drawn as the union of its municipalities has no seams,
// and simplifying moves both sides of a border alike.
const collection: FeatureCollection<Shape, { country: string; code: string }> = {
  type: 'FeatureCollection',
  features: municipalities.map(({ country, code, shape }) => ({
    type: 'Feature',
    properties: { country, code },
    geometry: clockwise(shape),
  })),
};
// Keeps the points that matter most, a share of them (KEEP) that draws a region's outline at the size of
// a county map, then writes coordinates as small whole numbers on a grid of about 20 m.
const KEEP = 0.3;
const weighted = presimplify(topology({ municipalities: collection }, 1e5) as Topology<Objects>, sphericalTriangleArea);
const simplified = quantize(simplify(weighted, quantile(weighted, KEEP)), 1e5);

// One county or municipality per line, so that a change to the register reads as a diff of a few lines.
const list = (items: unknown[]) => `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
writeFileSync(
  path.join(out, 'register.json'),
  `{\n  "counties": ${list(register.counties)},\n  "municipalities": ${list(register.municipalities)}\n}\n`,
);
writeFileSync(path.join(out, 'municipalities.topo.json'), `${JSON.stringify(simplified)}\n`);
const points = simplified.arcs.reduce((sum, arc) => sum + arc.length, 0);
console.log(
  `${register.municipalities.length} municipalities (${sweden.length} SE, ${norway.length} NO) in ${counties.length} counties; ` +
    `${simplified.arcs.length} arcs, ${points} points.`,
);
