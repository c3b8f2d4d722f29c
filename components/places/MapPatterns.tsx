import { mapColours } from './map-style';

/** The fills of the statuses that are patterns, once per page, for the map and its legend alike. */
export function MapPatterns() {
  return (
    <defs>
      <pattern id="map-fill-decided" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect className="map-pattern-ground" width="6" height="6" fill="#ffffff" />
        <rect className="map-pattern-ink" width="3" height="6" fill={mapColours.area} />
      </pattern>
      <pattern id="map-fill-referenced" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect className="map-pattern-ground" width="5" height="5" fill="#ffffff" />
        <circle className="map-pattern-ink" cx="2.5" cy="2.5" r="1.5" fill={mapColours.area} />
      </pattern>
    </defs>
  );
}
