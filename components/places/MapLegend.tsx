import type { CharterStatus } from '@/lib/content/schema';
import type { PageContext } from '@/lib/page-context';

import { statusOrder } from './map-style';
import { StatusSwatch } from './StatusSwatch';

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
            <StatusSwatch status={status} />
            {t.charterStatus[status]}
          </li>
        ))}
      </ul>
    </div>
  );
}
