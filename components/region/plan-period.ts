import type { Plan } from '@/lib/content/schema';
import { formatPeriod } from '@/lib/dates';
import type { Dictionary } from '@/lib/i18n';

/** A plan's period as the source gives it, or what the source says instead: not stated, or announced for a year. */
export function planPeriodText(plan: Pick<Plan, 'period' | 'announced'>, t: Dictionary): string {
  return (
    formatPeriod(plan.period) ?? (plan.announced ? t.region.announcedFor(plan.announced) : t.region.periodNotStated)
  );
}
