/** Pure views of plans, for the region page, the comparisons and the timeline: no React, no Next.js. */
import type { Region } from './content/load';
import type { Plan } from './content/schema';
import { formatPeriod, type PlanStatus, planStatus } from './dates';
import type { Dictionary } from './i18n';

/** A plan's period as the source gives it, or what the source says instead: not stated, or announced for a year. */
export function planPeriodText(plan: Pick<Plan, 'period' | 'announced'>, t: Dictionary): string {
  return formatPeriod(plan.period) ?? (plan.announced ? t.plans.announcedFor(plan.announced) : t.plans.periodNotStated);
}

export interface TimelineRow {
  key: string;
  label: string;
  /** Language of the label, when it is content in another language than the page. */
  lang?: string;
  from: number;
  to: number;
  status: PlanStatus;
}

/** A region's plans with both years known, as rows of a timeline; `label` names each plan's row, in its language. */
export function planTimelineRows<P extends Pick<Plan, 'id' | 'period' | 'state' | 'announced'>>(
  region: Pick<Region, 'slug'> & { plans: readonly P[] },
  today: string,
  label: (plan: P) => { text: string; lang: string },
): TimelineRow[] {
  return region.plans.flatMap((plan) => {
    const { from, to } = plan.period;
    if (from === undefined || to === undefined) return [];
    return [
      {
        key: `${region.slug}-${plan.id}`,
        label: label(plan).text,
        lang: label(plan).lang,
        from,
        to,
        status: planStatus(plan, today),
      },
    ];
  });
}
