/**
 * The municipalities' boundaries (assets/places/municipalities.topo.json, derived by
 * scripts/places/derive.ts) and the shapes made from them: a region, a county or a country is the
 * union of its municipalities, merged along their shared borders, so that no seam shows inside it.
 * Shapes are in WGS84 longitude and latitude, wound as d3-geo reads them (outer rings clockwise).
 */
import type { MultiPolygon } from 'geojson';
import { merge } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { z } from 'zod';

import topologyFile from '../../assets/places/municipalities.topo.json' with { type: 'json' };
import type { Country } from '../content/schema';
import { municipalityKey, registerCountry } from './register';

const position = z.tuple([z.number(), z.number()]);
const rings = z.array(z.array(z.int()));
const properties = z.strictObject({ country: registerCountry, code: z.string().regex(/^\d{4}$/) });

const topologySchema = z.strictObject({
  type: z.literal('Topology'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  transform: z.strictObject({ scale: position, translate: position }),
  objects: z.strictObject({
    municipalities: z.strictObject({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.discriminatedUnion('type', [
          z.strictObject({ type: z.literal('Polygon'), arcs: rings, properties }),
          z.strictObject({ type: z.literal('MultiPolygon'), arcs: z.array(rings), properties }),
        ]),
      ),
    }),
  }),
  arcs: z.array(z.array(position)),
});

type Area = z.output<typeof topologySchema>['objects']['municipalities']['geometries'][number];

export interface Shapes {
  topology: Topology<Objects>;
  /** Each municipality's geometry in the topology, by its key ("SE-2403"). */
  geometries: Map<string, Area>;
}

let shapes: Shapes | undefined;

export function getShapes(): Shapes {
  if (!shapes) {
    const parsed = topologySchema.parse(topologyFile);
    const topology: Topology<Objects> = parsed;
    shapes = {
      topology,
      geometries: new Map(
        parsed.objects.municipalities.geometries.map((geometry) => [municipalityKey(geometry.properties), geometry]),
      ),
    };
  }
  return shapes;
}

/** The union of these municipalities, by country and code; every one must have a shape. */
export function unionOf(
  municipalities: readonly { country: Country; code: string }[],
  from = getShapes(),
): MultiPolygon {
  const parts = municipalities.map((municipality) => {
    const geometry = from.geometries.get(municipalityKey(municipality));
    if (!geometry) throw new Error(`No boundary for municipality ${municipalityKey(municipality)}.`);
    return geometry;
  });
  return merge(from.topology, parts);
}
