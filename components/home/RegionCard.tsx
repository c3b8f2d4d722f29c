import Link from 'next/link';

import { StatusSwatch } from '@/components/places/StatusSwatch';
import { RegionText } from '@/components/region/RegionText';
import { StatusPill } from '@/components/ui/StatusPill';
import type { LocalisedRegion } from '@/lib/content';
import { formatPeriod, planStatus } from '@/lib/dates';
import type { PageContext } from '@/lib/page-context';
import { placeInWords } from '@/lib/places/coverage';
import { latestPlan, organisationNames } from '@/lib/region-view';

interface Props {
  region: LocalisedRegion;
  page: PageContext;
  today: string;
}

/** A region in brief: name, organisation, country, and its latest plan with the plan's status. */
export function RegionCard({ region, today, page }: Props) {
  const { t } = page;
  const plan = latestPlan(region);
  const status = plan && planStatus(plan, today);
  return (
    <li className="region-card relative flex flex-col rounded-lg border border-slate-300 p-4 hover:border-brand-700">
      <h3 className="text-xl font-bold">
        <Link
          href={page.links.region(region.slug)}
          className="text-brand-800 underline-offset-4 after:absolute after:inset-0 hover:underline"
        >
          {region.name}
        </Link>
      </h3>
      <p lang={region.language} className="mt-1">
        {organisationNames(region)}
      </p>
      <p className="text-sm text-slate-700">
        {placeInWords(region, t, page.locale)}, {t.countries[region.country]}
      </p>
      <p className="mt-2 flex items-center gap-2 text-sm">
        <StatusSwatch status={region.charter.status} width={20} height={14} />
        <span>
          {t.region.charter}: {t.charterStatus[region.charter.status]}
        </span>
      </p>
      <div className="mt-3 border-t border-slate-200 pt-3 text-sm">
        <p className="font-semibold">{t.home.latestPlan}</p>
        {plan && status ? (
          <>
            <RegionText shown={plan.title} page={page} as="p" />
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <span>{formatPeriod(plan.period)}</span>
              <StatusPill status={status} label={t.planStatus[status]} />
            </p>
          </>
        ) : (
          <p className="text-slate-700 italic">{t.home.noPlanPeriod}</p>
        )}
      </div>
    </li>
  );
}
