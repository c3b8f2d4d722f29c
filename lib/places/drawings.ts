/**
 * The two maps the pages draw, as plain data for a component to turn into SVG: the overview of every
 * region, each shape with its label, and the locator of one region with its municipalities' borders.
 */
import type { Country } from '../content/schema';
import { type Label, layoutLabels } from './labels';
import { mapFrame, mapShape } from './map';

export interface MapArea {
  id: string;
  country: Country;
  municipalities: readonly { country: Country; code: string }[];
}

export interface OverviewDrawing {
  width: number;
  height: number;
  land: { country: Country; d: string }[];
  /** The areas, largest first, so that a smaller one that overlaps a larger one is drawn on top. */
  areas: { id: string; d: string; label: Label }[];
}

/** Every area on one map, each named by its label's lines (lines[id]). */
export function drawOverview(areas: readonly MapArea[], lines: (id: string) => string[]): OverviewDrawing {
  const frame = mapFrame();
  const shaped = areas.map((area) => ({ area, shape: mapShape(area.municipalities) }));
  const { labels, width } = layoutLabels(
    shaped.map(({ area, shape }) => ({
      id: area.id,
      country: area.country,
      centroid: frame.centroid(shape),
      top: frame.top(shape),
      lines: lines(area.id),
    })),
    frame.width,
    frame.height,
  );
  const drawn = shaped.map(({ area, shape }) => ({
    id: area.id,
    d: frame.d(shape),
    size: frame.area(shape),
    label: labels.find((label) => label.id === area.id)!,
  }));
  return {
    width,
    height: frame.height,
    land: frame.land,
    areas: drawn.sort((a, b) => b.size - a.size).map(({ id, d, label }) => ({ id, d, label })),
  };
}

export interface LocatorDrawing {
  width: number;
  height: number;
  land: { country: Country; d: string }[];
  area: string;
  /** The borders between the area's municipalities. */
  borders: string;
}

/** One area on the map of both countries, with the borders of its municipalities inside it. */
export function drawLocator(area: MapArea): LocatorDrawing {
  const frame = mapFrame();
  return {
    width: frame.width,
    height: frame.height,
    land: frame.land,
    area: frame.d(mapShape(area.municipalities)),
    borders: frame.borders(area.municipalities),
  };
}
