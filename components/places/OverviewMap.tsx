import type { Region } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { areaOf } from '@/lib/places/coverage';
import { drawOverview } from '@/lib/places/drawings';
import { LABEL_SIZE, labelLineHeight } from '@/lib/places/labels';
import { regionEnded } from '@/lib/region-view';
import { withBasePath } from '@/lib/site';

import { mapColours, statusFill } from './map-style';
import { MapCredit } from './MapCredit';
import { MapLegend } from './MapLegend';
import { MapPatterns } from './MapPatterns';

interface Props {
  regions: readonly Region[];
  page: PageContext;
}

/**
 * Sweden and Norway with every region on the site: each region a link named by its name and charter
 * status, filled by that status (the legend says how), and labelled. A region whose organisations no
 * longer exist is drawn with its old border and says until when. The list of regions beside it is the
 * same in words.
 */
export function OverviewMap({ regions, page }: Props) {
  const { t } = page;
  const bySlug = new Map(regions.map((region) => [region.slug, region]));
  const lines = (slug: string) => {
    const region = bySlug.get(slug)!;
    const ended = regionEnded(region);
    return ended ? [region.name, `(${t.places.until(ended.year)})`] : [region.name];
  };
  const drawing = drawOverview(regions.map(areaOf), lines);
  return (
    <figure className="overview-map">
      <svg
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        className="map h-auto w-full"
        role="group"
        aria-label={t.places.mapName}
      >
        <MapPatterns />
        <g aria-hidden="true">
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
        </g>
        {drawing.areas.map(({ id, d, marker, label }) => {
          const region = bySlug.get(id)!;
          const status = region.charter.status;
          return (
            <a
              key={id}
              href={withBasePath(page.links.region(id))}
              className="map-link"
              aria-label={t.places.areaName(label.lines.join(' '), t.charterStatus[status])}
            >
              <path
                className="map-area"
                data-charter={status}
                d={d}
                fill={statusFill[status]}
                stroke={mapColours.outline}
                strokeWidth={1.25}
                strokeLinejoin="round"
              />
              {marker && (
                <circle
                  className="map-area"
                  data-charter={status}
                  cx={marker[0]}
                  cy={marker[1]}
                  r={4}
                  fill={statusFill[status]}
                  stroke={mapColours.outline}
                  strokeWidth={1.25}
                />
              )}
              {label.leader && (
                <line
                  className="map-leader"
                  x1={label.leader.x1}
                  y1={label.leader.y1}
                  x2={label.leader.x2}
                  y2={label.leader.y2}
                  stroke={mapColours.outline}
                  strokeWidth={1}
                />
              )}
              <text
                className="map-label"
                x={label.x}
                y={label.y}
                textAnchor={label.anchor}
                fontSize={LABEL_SIZE}
                fontWeight={600}
                fill={mapColours.outline}
                stroke="#ffffff"
                strokeWidth={4}
                strokeLinejoin="round"
                paintOrder="stroke"
              >
                {label.lines.map((line, index) => (
                  <tspan key={index} x={label.x} dy={index === 0 ? 0 : labelLineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-3 space-y-2 text-sm">
        <MapLegend statuses={regions.map((region) => region.charter.status)} page={page} />
        <p>{t.places.mapNote}</p>
        <MapCredit page={page} />
      </figcaption>
    </figure>
  );
}
