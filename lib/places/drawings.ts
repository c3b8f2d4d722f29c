/**
 * The two maps the pages draw, as plain data for a component to turn into SVG: the overview of every
 * region, each shape with its label, and the locator of one region with its municipalities' borders.
 */
import type { Country } from '../content/schema';
import { type Label, layoutLabels } from './labels';
import { mapFrame } from './map';
import { municipalityKey } from './register';

export interface MapArea {
  id: string;
  country: Country;
  municipalities: readonly { country: Country; code: string }[];
}

export interface OverviewDrawing {
  width: number;
  height: number;
  land: { country: Country; d: string }[];
  /** The areas in the order given, but for one that overlaps a larger one, which is drawn after it. */
  areas: { id: string; d: string; marker?: [number, number]; label: Label }[];
}

/** Every area on one map, each named by its label's lines (lines[id]). */
export function drawOverview(areas: readonly MapArea[], lines: (id: string) => string[]): OverviewDrawing {
  const frame = mapFrame();
  const placed = areas.map((area) => ({ area, place: frame.place(area.municipalities) }));
  const { labels, width } = layoutLabels(
    placed.map(({ area, place }) => ({
      id: area.id,
      country: area.country,
      centroid: place.centroid,
      top: place.top,
      lines: lines(area.id),
    })),
    frame.width,
    frame.height,
  );
  const drawn = placed.map(({ area, place }) => ({
    id: area.id,
    d: place.d,
    marker: place.marker,
    size: place.size,
    keys: new Set(area.municipalities.map(municipalityKey)),
    label: labels.find((label) => label.id === area.id)!,
  }));
  return {
    width,
    height: frame.height,
    land: frame.land,
    areas: paintOrder(drawn).map(({ id, d, marker, label }) => ({ id, d, marker, label })),
  };
}

/**
 * The areas in the order given (the order of the list beside the map, which keyboard focus follows),
 * except that an area sharing municipalities with a larger one comes after it: SVG paints in document
 * order, and the smaller one would be hidden under the larger.
 */
function paintOrder<T extends { size: number; keys: Set<string> }>(areas: T[]): T[] {
  const overlaps = (a: T, b: T) => [...a.keys].some((key) => b.keys.has(key));
  const placed: T[] = [];
  const waiting = [...areas];
  while (waiting.length > 0) {
    const next = waiting.findIndex((area) =>
      waiting.every((other) => other === area || !(other.size > area.size && overlaps(area, other))),
    );
    placed.push(...waiting.splice(next, 1));
  }
  return placed;
}

export interface LocatorDrawing {
  width: number;
  height: number;
  land: { country: Country; d: string }[];
  area: string;
  marker?: [number, number];
  /** The borders between the area's municipalities. */
  borders: string;
}

/** One area on the map of both countries, with the borders of its municipalities inside it. */
export function drawLocator(area: MapArea): LocatorDrawing {
  const frame = mapFrame();
  const place = frame.place(area.municipalities);
  return {
    width: frame.width,
    height: frame.height,
    land: frame.land,
    area: place.d,
    marker: place.marker,
    borders: frame.borders(area.municipalities),
  };
}
