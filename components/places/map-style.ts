/**
 * How the maps look, as SVG presentation attributes: the share image draws the same SVG, where the
 * site's stylesheet does not apply. The stylesheet (app/globals.css, "Maps") adds hover, keyboard focus
 * and forced colours.
 */
import type { CharterStatus } from '@/lib/content/schema';

export const mapColours = {
  land: '#e2e0e6',
  /** Coasts and the border between the countries: 4.9:1 on the white page, 3.7:1 on the land. */
  coast: '#767080',
  area: '#5b2a86',
  outline: '#351852',
  /** The site's focus yellow: a region on the share image's dark ground. */
  highlight: '#ffdd00',
} as const;

/** Each charter status as a fill: solid, stripes, dots, or none, so that it shows in more than colour. */
export const statusFill: Record<CharterStatus['status'], string> = {
  signed: mapColours.area,
  decided: 'url(#map-fill-decided)',
  referenced: 'url(#map-fill-referenced)',
  'not-mentioned': '#ffffff',
};

/** The order of the statuses in the legend: from the strongest commitment to none mentioned. */
export const statusOrder: CharterStatus['status'][] = ['signed', 'decided', 'referenced', 'not-mentioned'];
