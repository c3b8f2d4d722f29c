import Link from 'next/link';

import { NotMentioned } from '@/components/ui/NotMentioned';
import { StatusPill } from '@/components/ui/StatusPill';
import { commitmentsOn } from '@/lib/compare';
import type { Topic } from '@/lib/content/schema';
import { planStatus } from '@/lib/dates';
import { hyphenateLongWords } from '@/lib/hyphenate';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { planPeriodText } from '@/lib/plan-view';
import { organisationStatusText } from '@/lib/region-view';
import { anchors, localeHref, paths } from '@/lib/routes';

import { CommitmentCell } from './CommitmentCell';
import type { MatrixRow } from './MatrixTable';

/** The facts every region has, as rows of a comparison: the same rows on the hub and on pair pages. */
export function factRows(locale: Locale, t: Dictionary, today: string): MatrixRow[] {
  const rows = t.compare.rows;
  return [
    {
      id: 'organisation-type',
      label: rows.organisationType,
      cell: (region) => (
        <ul>
          {region.organisations.map((organisation) => (
            <li key={organisation.name}>
              <span lang={region.language}>{hyphenateLongWords(organisation.name, region.language)}</span>:{' '}
              {t.organisationTypes[organisation.type]}
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
            <li key={name}>{organisationStatusText(status, t)}</li>
          ))}
        </ul>
      ),
    },
    {
      id: 'charter',
      label: rows.charter,
      // The status alone can mislead ("signed" by whom?): the source's note says who did what.
      cell: ({ slug, name, language, charter }) => (
        <>
          <Link
            href={`${localeHref(locale, paths.region(slug))}#${anchors.charter}`}
            className="text-link underline underline-offset-2"
          >
            {t.charterStatus[charter.status]}
            {/* Several regions share a status: the name tells their links apart in a list of links. */}
            <span className="sr-only">, {name}</span>
          </Link>
          {charter.status !== 'not-mentioned' && (
            <p lang={language} className="mt-1">
              {hyphenateLongWords(charter.note, language)}
            </p>
          )}
        </>
      ),
    },
    {
      id: 'plans',
      label: rows.plans,
      cell: (region) =>
        region.plans.length === 0 ? (
          <NotMentioned as="span" text={t.compare.notMentioned} />
        ) : (
          <ul className="space-y-2">
            {region.plans.map((plan) => {
              const status = planStatus(plan, today);
              return (
                <li key={plan.id}>
                  <Link
                    href={`${localeHref(locale, paths.region(region.slug))}#${anchors.plan(plan.id)}`}
                    lang={region.language}
                    className="text-link underline underline-offset-2"
                  >
                    {hyphenateLongWords(plan.title, region.language)}
                  </Link>
                  <span className="mt-0.5 flex flex-wrap items-center gap-2 text-sm">
                    {planPeriodText(plan, t)}
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

/**
 * One row per topic: on the hub each cell gives a region's first statement and a count of the rest
 * ("summary"), on a pair page every statement ("full"). The row header links to the topic's page.
 */
export function topicRows(topics: Topic[], locale: Locale, t: Dictionary, detail: 'summary' | 'full'): MatrixRow[] {
  return topics.map((topic) => ({
    id: topic.id,
    label: topic.label[locale],
    header: (
      <Link href={localeHref(locale, paths.topic(topic.id))} className="text-link underline underline-offset-2">
        {topic.label[locale]}
      </Link>
    ),
    cell: (region) => (
      <CommitmentCell
        region={region}
        commitments={commitmentsOn(region, topic.id)}
        topic={topic}
        locale={locale}
        t={t}
        detail={detail}
      />
    ),
  }));
}
