import { config } from './config';
import type { Plan } from './content/schema';
import type { Locale } from './i18n/locales';
import { intlLocales } from './i18n/locales';

/**
 * The date that time-dependent labels ("in force", "ended") are computed for: BUILD_DATE (YYYY-MM-DD)
 * when set, so that tests never depend on the calendar, otherwise the day the site is built.
 */
export function buildDate(): string {
  return config().BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

/**
 * Today's date where the regions are (Sweden and Norway share a time zone), YYYY-MM-DD: what a
 * content editor means by "today" when writing a review date, whatever BUILD_DATE pretends.
 */
export function nordicToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' }).format(now);
}

export type PlanStatus =
  'in-force' | 'ended' | 'upcoming' | 'planned' | 'planned-lapsed' | 'announced-lapsed' | 'unknown';

/**
 * Whether a plan applies on `date` (YYYY-MM-DD). Periods are whole years: a plan for 2016-2018 is in
 * force from 1 January 2016 to 31 December 2018. A plan the source only announces is "planned": the
 * site does not know whether it was ever adopted, and once its period is over it says so, lest an old
 * announcement read as current; so too once the year it was announced for is past, when the source
 * gives no period ("announced-lapsed"). Without both years an adopted plan's status is "unknown".
 */
export function planStatus(plan: Pick<Plan, 'state' | 'period' | 'announced'>, date: string): PlanStatus {
  const year = Number(date.slice(0, 4));
  const { from, to } = plan.period;
  if (plan.state === 'planned') {
    if (to !== undefined) return year > to ? 'planned-lapsed' : 'planned';
    return plan.announced !== undefined && year > plan.announced ? 'announced-lapsed' : 'planned';
  }
  if (from !== undefined && year < from) return 'upcoming';
  if (to !== undefined && year > to) return 'ended';
  if (from !== undefined && to !== undefined) return 'in-force';
  return 'unknown';
}

/** "2016–2018", "2014", "2010–" or "–2014"; undefined when the source gives neither year. */
export function formatPeriod({ from, to }: Plan['period']): string | undefined {
  if (from === undefined && to === undefined) return undefined;
  if (from === to) return String(from);
  return `${from ?? ''}–${to ?? ''}`;
}

/** A YYYY-MM-DD date written out in the locale's way: "23 november 2026", "23. november 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
