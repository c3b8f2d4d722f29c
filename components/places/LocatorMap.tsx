import type { PlacedRegion } from '@/lib/places/coverage';
import { areaOf } from '@/lib/places/coverage';
import { drawLocator } from '@/lib/places/drawings';

import { mapColours } from './map-style';

interface Props {
  region: PlacedRegion;
  /** The map's name for screen readers; none where the map is part of a picture (the share image). */
  label?: string;
  /** A fixed size in pixels, for the share image; a page scales the map to its column. */
  width?: number;
  /** On a dark ground (the share image), the region in the focus colour, which stands out there. */
  onDark?: boolean;
}

/** Sweden and Norway with one region filled in, the borders of its municipalities drawn inside it. */
export function LocatorMap({ region, label, width, onDark = false }: Props) {
  const fill = onDark ? mapColours.highlight : mapColours.area;
  const drawing = drawLocator(areaOf(region));
  const size = width ? { width, height: Math.round((width * drawing.height) / drawing.width) } : {};
  return (
    <svg
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      {...size}
      className={width ? undefined : 'map h-auto w-full'}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {drawing.land.map((land) => (
        <path
          key={land.country}
          className="map-land"
          d={land.d}
          fill={mapColours.land}
          stroke={mapColours.coast}
          strokeWidth={0.5}
        />
      ))}
      <path
        className="map-locator-area"
        d={drawing.area}
        fill={fill}
        stroke={onDark ? fill : mapColours.outline}
        strokeWidth={1}
        strokeLinejoin="round"
      />
      {drawing.marker && (
        <circle
          className="map-locator-area"
          cx={drawing.marker[0]}
          cy={drawing.marker[1]}
          r={4}
          fill={fill}
          stroke={onDark ? fill : mapColours.outline}
          strokeWidth={1}
        />
      )}
      <path
        className="map-locator-borders"
        d={drawing.borders}
        fill="none"
        stroke={onDark ? mapColours.outline : '#ffffff'}
        strokeWidth={0.6}
      />
    </svg>
  );
}
