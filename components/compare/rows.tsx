import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Region } from '@/lib/content';
import { formatPeriod, planStatus } from '@/lib/dates';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { localeHref, paths } from '@/lib/routes';
import { StatusPill } from '@/components/ui/StatusPill';

export interface FactRow {
  /** Stable anchor of the row; a region's cell is `${id}-${slug}`. */
  id: string;
  label: string;
  cell: (region: Region) => ReactNode;
}

/** The facts every region has, as rows of a comparison: the same rows on the hub and on pair pages. */
export function factRows(locale: Locale, t: Dictionary, today: string): FactRow[] {
  const rows = t.compare.rows;
  return [
    {
      id: 'organisation-type',
      label: rows.organisationType,
      cell: (region) => (
        <ul>
          {region.organisations.map((organisation) => (
            <li key={organisation.name}>
              <span lang={region.language}>{organisation.name}</span>: {t.organisationTypes[organisation.type]}
            </li>
          ))}
        </ul>
      ),
    },
    { id: 'country', label: rows.country, cell: (region) => t.countries[region.country] },
    {
      id: 'organisation-status',
      label: rows.organisationStatus,
      cell: (region) => (
        <ul>
          {region.organisations.map(({ name, status }) => (
            <li key={name}>
              {status.kind === 'merged'
                ? t.organisationStatus.merged(status.into, status.year)
                : status.kind === 'renamed'
                  ? t.organisationStatus.renamed(status.newName)
                  : t.organisationStatus.unchanged}
            </li>
          ))}
        </ul>
      ),
    },
    {
      id: 'charter',
      label: rows.charter,
      cell: (region) => (
        <Link
          href={`${localeHref(locale, paths.region(region.slug))}#charter`}
          className="text-link underline underline-offset-2"
        >
          {t.charterStatus[region.charter.status]}
        </Link>
      ),
    },
    {
      id: 'plans',
      label: rows.plans,
      cell: (region) =>
        region.plans.length === 0 ? (
          <span className="not-mentioned text-slate-700 italic">{t.compare.notMentioned}</span>
        ) : (
          <ul className="space-y-2">
            {region.plans.map((plan) => {
              const status = planStatus(plan, today);
              return (
                <li key={plan.id}>
                  <Link
                    href={`${localeHref(locale, paths.region(region.slug))}#plan-${plan.id}`}
                    lang={region.language}
                    className="text-link underline underline-offset-2"
                  >
                    {plan.title}
                  </Link>
                  <span className="mt-0.5 flex flex-wrap items-center gap-2 text-sm">
                    {formatPeriod(plan.period) ?? t.region.periodNotStated}
                    <StatusPill status={status} label={t.planStatus[status]} />
                  </span>
                </li>
              );
            })}
          </ul>
        ),
    },
  ];
}
