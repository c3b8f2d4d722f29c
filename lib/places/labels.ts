/**
 * Where a map's labels go. A shape is often too small for its name, and neighbours' names would
 * overlap, so Swedish regions are named in a column in the sea to the east, each on a line from its
 * shape, and Norwegian ones above their shape, over land. Labels in the column are moved down, in
 * order of their shapes, until none overlaps the one above it, and back up if the last would leave
 * the map.
 */
import type { Country } from '../content/schema';

export interface LabelInput {
  id: string;
  country: Country;
  /** The shape's centre and the top of its bounding box, in map units. */
  centroid: [number, number];
  top: number;
  /** Lines of text, the first the name. */
  lines: string[];
}

export interface Label {
  id: string;
  /** Where the text starts (anchor start) or is centred (anchor middle). */
  x: number;
  /** The baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle';
  lines: string[];
  /** A line from the shape to the label, when the label is away from its shape. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LabelLayout {
  labels: Label[];
  /** The width the map needs with the column of labels beside it. */
  width: number;
}

/** Font size and line height of the labels, in map units, as the stylesheet sets them. */
export const LABEL_SIZE = 24;
const LINE_HEIGHT = 26;
/** Width of the column of labels beside the map, and its gap from the land. */
const COLUMN_WIDTH = 195;
const COLUMN_GAP = 12;

export function layoutLabels(inputs: readonly LabelInput[], mapWidth: number, mapHeight: number): LabelLayout {
  const columnX = mapWidth + COLUMN_GAP;
  const column = inputs.filter((input) => input.country !== 'NO').sort((a, b) => a.centroid[1] - b.centroid[1]);
  const heights = column.map((input) => input.lines.length * LINE_HEIGHT + 6);
  const ys: number[] = [];
  column.forEach((input, index) => {
    const wanted = input.centroid[1] + LABEL_SIZE / 3;
    ys.push(index === 0 ? wanted : Math.max(wanted, ys[index - 1]! + heights[index - 1]!));
  });
  // Back up from the bottom, so that the last label stays on the map.
  for (let index = column.length - 1; index >= 0; index--) {
    const limit =
      index === column.length - 1 ? mapHeight - heights[index]! + LABEL_SIZE : ys[index + 1]! - heights[index]!;
    ys[index] = Math.max(LABEL_SIZE, Math.min(ys[index]!, limit));
  }
  const inColumn = column.map((input, index): Label => ({
    id: input.id,
    x: columnX,
    y: ys[index]!,
    anchor: 'start',
    lines: input.lines,
    leader: { x1: input.centroid[0], y1: input.centroid[1], x2: columnX - 4, y2: ys[index]! - LABEL_SIZE / 3 },
  }));
  const above = inputs
    .filter((input) => input.country === 'NO')
    .map((input): Label => ({
      id: input.id,
      x: input.centroid[0],
      y: Math.max(LABEL_SIZE, input.top - 8 - (input.lines.length - 1) * LINE_HEIGHT),
      anchor: 'middle',
      lines: input.lines,
    }));
  // A tenth of a unit is finer than any screen shows the map; more digits would only add bytes.
  const tenth = (value: number) => Math.round(value * 10) / 10;
  const labels = [...inColumn, ...above].map((label) => ({
    ...label,
    x: tenth(label.x),
    y: tenth(label.y),
    ...(label.leader && {
      leader: {
        x1: tenth(label.leader.x1),
        y1: tenth(label.leader.y1),
        x2: tenth(label.leader.x2),
        y2: tenth(label.leader.y2),
      },
    }),
  }));
  return { labels, width: column.length > 0 ? columnX + COLUMN_WIDTH : mapWidth };
}

export const labelLineHeight = LINE_HEIGHT;
