import { Fragment } from 'react';

import { PlanTimeline } from '@/components/timeline/PlanTimeline';
import { NotMentioned } from '@/components/ui/NotMentioned';
import { StatusPill } from '@/components/ui/StatusPill';
import { textLinkClass } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { ContentLanguage } from '@/lib/content/schema';
import type { ShownText } from '@/lib/content/translations';
import { formatDate, planStatus } from '@/lib/dates';
import type { PageContext } from '@/lib/page-context';
import { planPeriodText, planTimelineRows } from '@/lib/plan-view';
import { anchors } from '@/lib/routes';

import { ActivityTable } from './ActivityTable';
import { RegionText } from './RegionText';
import { SourceLink } from './SourceLink';

type LocalisedPlan = LocalisedRegion['plans'][number];

interface Props {
  region: LocalisedRegion;
  page: PageContext;
  /** The date statuses are computed for (YYYY-MM-DD). */
  today: string;
}

/** The region's plans with their periods and status, then the same periods on a timeline. */
export function PlanList({ region, today, page }: Props) {
  const { locale, t } = page;
  if (region.plans.length === 0) return <NotMentioned text={t.source.notMentioned} />;
  const titleOf = (id: string) => {
    const plan = region.plans.find((candidate) => candidate.id === id);
    return plan ? plan.title : { text: id, lang: region.language, status: 'source' as const };
  };

  return (
    <>
      <p className="text-sm text-slate-700">{t.plans.statusAsOf(formatDate(today, locale))}</p>
      <ul className="space-y-4">
        {region.plans.map((plan) => {
          const status = planStatus(plan, today);
          return (
            <li key={plan.id} id={anchors.plan(plan.id)} className="rounded-lg border border-slate-300 p-4">
              <RegionText shown={plan.title} page={page} as="h3" className="text-lg font-semibold" />
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                <span>{t.planKinds[plan.kind]}</span>
                <span>
                  {t.plans.period}: {planPeriodText(plan, t)}
                </span>
                <StatusPill status={status} label={t.planStatus[status]} />
              </p>
              {plan.periodNote && (
                <RegionText shown={plan.periodNote} page={page} as="p" className="mt-2 text-slate-800" />
              )}
              {plan.description && <RegionText shown={plan.description} page={page} as="p" className="mt-2" />}
              <PlanDetails plan={plan} lang={region.language} page={page} titleOf={titleOf} />
              {plan.focusAreas.length > 0 && (
                <>
                  <h4 className="mt-3 font-semibold">{t.plans.focusAreas}</h4>
                  <ul className="mt-1 list-disc pl-6">
                    {plan.focusAreas.map((area, index) => (
                      <RegionText key={index} shown={area} page={page} as="li" />
                    ))}
                  </ul>
                </>
              )}
              {plan.goals.length > 0 && (
                <>
                  <h4 className="mt-3 font-semibold">{t.plans.goals}</h4>
                  <ol className="mt-1 list-decimal pl-6">
                    {plan.goals.map((goal, index) => (
                      <RegionText key={index} shown={goal} page={page} as="li" />
                    ))}
                  </ol>
                </>
              )}
              {plan.activities.length > 0 && (
                <>
                  <h4 className="mt-3 mb-1 font-semibold">{t.plans.activities}</h4>
                  <ActivityTable plan={plan} page={page} />
                </>
              )}
              <p className="mt-3">
                <SourceLink region={region} id={plan.source} page={page} />
              </p>
            </li>
          );
        })}
      </ul>
      <PlanTimeline
        rows={planTimelineRows(region, today, (plan) => plan.title)}
        today={today}
        caption={t.plans.timelineCaption}
        todayLabel={t.plans.timelineToday}
        statusLabels={t.planStatus}
      />
    </>
  );
}

interface DetailsProps {
  plan: LocalisedPlan;
  /** The source's language, for the names it gives. */
  lang: ContentLanguage;
  page: PageContext;
  titleOf: (planId: string) => ShownText;
}

/**
 * Who made and adopted a plan, what it says about revision, and which plan it replaces: what is known.
 * Who made and adopted it are names, in the source's words; what it says about revision is translated.
 */
function PlanDetails({ plan, lang, page, titleOf }: DetailsProps) {
  const { t } = page;
  const source = (text: string | undefined): ShownText | undefined =>
    text === undefined ? undefined : { text, lang, status: 'source' };
  const texts = (
    [
      [t.plans.owner, source(plan.owner)],
      [t.plans.adoptedBy, source(plan.adoptedBy)],
      [t.plans.revision, plan.revision],
    ] as const
  ).filter((entry): entry is readonly [string, ShownText] => entry[1] !== undefined);
  if (texts.length === 0 && !plan.replaces) return null;
  const replaced = plan.replaces ? titleOf(plan.replaces) : undefined;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {texts.map(([term, shown]) => (
        <Fragment key={term}>
          <dt className="font-semibold">{term}</dt>
          <RegionText shown={shown} page={page} as="dd" />
        </Fragment>
      ))}
      {plan.replaces && replaced && (
        <>
          <dt className="font-semibold">{t.plans.replaces}</dt>
          <dd>
            <a href={`#${anchors.plan(plan.replaces)}`} lang={replaced.lang} className={textLinkClass}>
              {replaced.text}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}
