import type { CharterStatus } from '@/lib/content/schema';
import type { PageContext } from '@/lib/page-context';

import { mapColours, statusFill, statusOrder } from './map-style';

interface Props {
  /** The statuses on the map; each is explained once, in the legend's own order. */
  statuses: readonly CharterStatus['status'][];
  page: PageContext;
}

/** What each fill on the map means: a swatch beside each charter status in words. */
export function MapLegend({ statuses, page }: Props) {
  const { t } = page;
  const shown = statusOrder.filter((status) => statuses.includes(status));
  return (
    <div>
      <p className="font-semibold">{t.places.legend}</p>
      <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {shown.map((status) => (
          <li key={status} className="flex items-center gap-2">
            <svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" className="shrink-0">
              <rect
                className="map-area"
                data-charter={status}
                x="1"
                y="1"
                width="26"
                height="16"
                fill={statusFill[status]}
                stroke={mapColours.outline}
                strokeWidth={1.5}
              />
            </svg>
            {t.charterStatus[status]}
          </li>
        ))}
      </ul>
    </div>
  );
}
