import type { CharterStatus } from '@/lib/content/schema';

import { mapColours, statusFill } from './map-style';

/** A charter status's fill on the map, as a small sample beside the status in words. */
export function StatusSwatch({
  status,
  width = 28,
  height = 18,
}: {
  status: CharterStatus['status'];
  width?: number;
  height?: number;
}) {
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" className="shrink-0">
      <rect
        className="map-area"
        data-charter={status}
        x="1"
        y="1"
        width={width - 2}
        height={height - 2}
        fill={statusFill[status]}
        stroke={mapColours.outline}
        strokeWidth={1.5}
      />
    </svg>
  );
}
