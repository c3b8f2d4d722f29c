/**
 * Maps drawn at build time: shapes projected into SVG path data by d3-geo, so that a page gets plain
 * SVG and no map code. One frame for every map: Sweden and Norway in a Transverse Mercator projection
 * on 15° E, the central meridian of Sweden's SWEREF 99 TM and close to Norway's UTM zone 33, which keeps
 * the long north–south shapes of both countries true. The boundaries are simplified once more for maps
 * of this size, and islands too small to see are left out.
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

import type { Country } from '../content/schema';
import { getRegister, municipalityKey } from './register';
import { getShapes, type Shapes, unionOf } from './shapes';

/** The width of every map's coordinate space; the page scales it to fit. */
export const MAP_WIDTH = 300;
/** Points that add less than this area (steradians) are dropped: about three square units here. */
const MIN_WEIGHT = 1e-6;
/** Islands smaller than this (square units) are left out. */
const MIN_ISLAND = 2;

export interface MapFrame {
  width: number;
  height: number;
  /** SVG path data for a shape, in whole units of the frame: finer than the maps are shown. */
  d: (shape: MultiPolygon) => string;
  /** The borders between these municipalities, as path data. */
  borders: (municipalities: readonly { country: Country; code: string }[]) => string;
  /** The centre of a shape in the frame: [x, y]. */
  centroid: (shape: MultiPolygon) => [number, number];
  /** The top edge of a shape's bounding box. */
  top: (shape: MultiPolygon) => number;
  /** How much of the map a shape covers, in square units. */
  area: (shape: MultiPolygon) => number;
  /** Each country's land. */
  land: { country: Country; d: string }[];
}

let simplified: Shapes | undefined;

/** The boundaries as the maps draw them: the committed ones, simplified for this size. */
function simplifiedShapes(): Shapes {
  const shapes = getShapes();
  simplified ??= {
    topology: simplify(presimplify(shapes.topology, sphericalTriangleArea), MIN_WEIGHT),
    geometries: shapes.geometries,
  };
  return simplified;
}

/** A shape as the maps draw it: the union of these municipalities. */
export function mapShape(municipalities: readonly { country: Country; code: string }[]): MultiPolygon {
  return unionOf(municipalities, simplifiedShapes());
}

let frame: MapFrame | undefined;

export function mapFrame(): MapFrame {
  frame ??= buildFrame(simplifiedShapes());
  return frame;
}

function buildFrame(simplified: Shapes): MapFrame {
  const register = getRegister();
  const countries = register.countries.map((country) => ({
    country,
    shape: unionOf(
      register.municipalities.filter((municipality) => municipality.country === country),
      simplified,
    ),
  }));
  const all: MultiPolygon = { type: 'MultiPolygon', coordinates: countries.flatMap(({ shape }) => shape.coordinates) };
  const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(MAP_WIDTH, all);
  const path = geoPath(projection).digits(0);
  const height = Math.ceil(path.bounds(all)[1][1]);
  const visible = (shape: MultiPolygon): MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: shape.coordinates.filter(
      (polygon) => path.area({ type: 'Polygon', coordinates: polygon }) >= MIN_ISLAND,
    ),
  });
  const d = (shape: MultiPolygon) => path(visible(shape)) ?? '';
  return {
    width: MAP_WIDTH,
    height,
    d,
    borders: (municipalities) => {
      const parts = municipalities.map((municipality) => simplified.geometries.get(municipalityKey(municipality))!);
      return (
        path(mesh(simplified.topology, { type: 'GeometryCollection', geometries: parts }, (a, b) => a !== b)) ?? ''
      );
    },
    centroid: (shape) => path.centroid(visible(shape)),
    top: (shape) => path.bounds(visible(shape))[0][1],
    area: (shape) => path.area(shape),
    land: countries.map(({ country, shape }) => ({ country, d: d(shape) })),
  };
}
