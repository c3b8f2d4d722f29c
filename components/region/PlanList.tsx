import { Fragment } from 'react';

import { PlanTimeline } from '@/components/timeline/PlanTimeline';
import { NotMentioned } from '@/components/ui/NotMentioned';
import { StatusPill } from '@/components/ui/StatusPill';
import { textLinkClass } from '@/components/ui/TextLink';
import type { Region } from '@/lib/content';
import type { Plan } from '@/lib/content/schema';
import { formatDate, planStatus } from '@/lib/dates';
import type { Dictionary } from '@/lib/i18n';
import type { PageContext } from '@/lib/page-context';
import { planPeriodText, planTimelineRows } from '@/lib/plan-view';
import { anchors } from '@/lib/routes';

import { ActivityTable } from './ActivityTable';
import { SourceLink } from './SourceLink';

interface Props {
  region: Region;
  page: PageContext;
  /** The date statuses are computed for (YYYY-MM-DD). */
  today: string;
}

/** The region's plans with their periods and status, then the same periods on a timeline. */
export function PlanList({ region, today, page }: Props) {
  const { locale, t } = page;
  if (region.plans.length === 0) return <NotMentioned text={t.source.notMentioned} />;
  const lang = region.language;
  const titleOf = (id: string) => region.plans.find((plan) => plan.id === id)?.title ?? id;

  return (
    <>
      <p className="text-sm text-slate-700">{t.plans.statusAsOf(formatDate(today, locale))}</p>
      <ul className="space-y-4">
        {region.plans.map((plan) => {
          const status = planStatus(plan, today);
          return (
            <li key={plan.id} id={anchors.plan(plan.id)} className="rounded-lg border border-slate-300 p-4">
              <h3 lang={lang} className="text-lg font-semibold">
                {plan.title}
              </h3>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                <span>{t.planKinds[plan.kind]}</span>
                <span>
                  {t.plans.period}: {planPeriodText(plan, t)}
                </span>
                <StatusPill status={status} label={t.planStatus[status]} />
              </p>
              {plan.periodNote && (
                <p lang={lang} className="mt-2 text-slate-800">
                  {plan.periodNote}
                </p>
              )}
              {plan.description && (
                <p lang={lang} className="mt-2">
                  {plan.description}
                </p>
              )}
              <PlanDetails plan={plan} lang={lang} t={t} titleOf={titleOf} />
              {plan.focusAreas.length > 0 && (
                <>
                  <h4 className="mt-3 font-semibold">{t.plans.focusAreas}</h4>
                  <ul lang={lang} className="mt-1 list-disc pl-6">
                    {plan.focusAreas.map((area) => (
                      <li key={area}>{area}</li>
                    ))}
                  </ul>
                </>
              )}
              {plan.goals.length > 0 && (
                <>
                  <h4 className="mt-3 font-semibold">{t.plans.goals}</h4>
                  <ol lang={lang} className="mt-1 list-decimal pl-6">
                    {plan.goals.map((goal) => (
                      <li key={goal}>{goal}</li>
                    ))}
                  </ol>
                </>
              )}
              {plan.activities.length > 0 && (
                <>
                  <h4 className="mt-3 mb-1 font-semibold">{t.plans.activities}</h4>
                  <ActivityTable plan={plan} lang={lang} t={t} />
                </>
              )}
              <p className="mt-3">
                <SourceLink region={region} id={plan.source} t={t} />
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
  plan: Plan;
  lang: string;
  t: Dictionary;
  titleOf: (planId: string) => string;
}

/** Who made and adopted a plan, what it says about revision, and which plan it replaces: what is known. */
function PlanDetails({ plan, lang, t, titleOf }: DetailsProps) {
  const texts = (
    [
      [t.plans.owner, plan.owner],
      [t.plans.adoptedBy, plan.adoptedBy],
      [t.plans.revision, plan.revision],
    ] as const
  ).filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  if (texts.length === 0 && !plan.replaces) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {texts.map(([term, text]) => (
        <Fragment key={term}>
          <dt className="font-semibold">{term}</dt>
          <dd lang={lang}>{text}</dd>
        </Fragment>
      ))}
      {plan.replaces && (
        <>
          <dt className="font-semibold">{t.plans.replaces}</dt>
          <dd>
            <a href={`#${anchors.plan(plan.replaces)}`} lang={lang} className={textLinkClass}>
              {titleOf(plan.replaces)}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}
