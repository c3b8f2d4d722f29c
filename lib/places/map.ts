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
/** Islands smaller than this (square units) are left out of the land. */
const MIN_ISLAND = 2;
/** An area smaller than this (square units) is hard to see or to point at: it gets a marker too. */
const MIN_AREA = 6;

type Municipalities = readonly { country: Country; code: string }[];

/** An area as a map draws it. */
export interface MapPlace {
  /** SVG path data, in whole units of the frame: finer than the maps are shown. */
  d: string;
  /** How much of the map it covers, in square units. */
  size: number;
  /** Its centre and the top of its bounding box, from the boundaries before simplifying. */
  centroid: [number, number];
  top: number;
  /** Where to draw a dot for an area too small to see, if it is. */
  marker?: [number, number];
}

export interface MapFrame {
  width: number;
  height: number;
  /** The union of these municipalities, drawn. */
  place: (municipalities: Municipalities) => MapPlace;
  /** The borders between these municipalities, as path data. */
  borders: (municipalities: Municipalities) => string;
  /** Each country's land. */
  land: { country: Country; d: string }[];
}

let frame: MapFrame | undefined;

export function mapFrame(): MapFrame {
  frame ??= buildFrame(getShapes());
  return frame;
}

function buildFrame(shapes: Shapes): MapFrame {
  const simplified: Shapes = {
    topology: simplify(presimplify(shapes.topology, sphericalTriangleArea), MIN_WEIGHT),
    geometries: shapes.geometries,
  };
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
  const withoutIslands = (shape: MultiPolygon): MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: shape.coordinates.filter(
      (polygon) => path.area({ type: 'Polygon', coordinates: polygon }) >= MIN_ISLAND,
    ),
  });
  return {
    width: MAP_WIDTH,
    height: Math.ceil(path.bounds(all)[1][1]),
    place: (municipalities) => {
      const drawn = unionOf(municipalities, simplified);
      const exact = unionOf(municipalities, shapes);
      const size = path.area(drawn);
      const centroid = path.centroid(exact);
      return {
        d: path(drawn) ?? '',
        size,
        centroid,
        top: path.bounds(exact)[0][1],
        ...(size < MIN_AREA && { marker: centroid }),
      };
    },
    borders: (municipalities) => {
      const parts = municipalities.map((municipality) => simplified.geometries.get(municipalityKey(municipality))!);
      return (
        path(mesh(simplified.topology, { type: 'GeometryCollection', geometries: parts }, (a, b) => a !== b)) ?? ''
      );
    },
    land: countries.map(({ country, shape }) => ({ country, d: path(withoutIslands(shape)) ?? '' })),
  };
}
