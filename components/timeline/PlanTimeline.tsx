import type { Region } from '@/lib/content';
import type { Plan } from '@/lib/content/schema';
import { formatPeriod, planStatus, type PlanStatus } from '@/lib/dates';

export interface TimelineRow {
  key: string;
  label: string;
  /** Language of the label, when it is content in another language than the page. */
  lang?: string;
  from: number;
  to: number;
  status: PlanStatus;
}

/** A region's plans with both years known, as rows of a timeline; `label` names each plan's row. */
export function planTimelineRows(region: Region, today: string, label: (plan: Plan) => string): TimelineRow[] {
  return region.plans.flatMap((plan) => {
    const { from, to } = plan.period;
    if (from === undefined || to === undefined) return [];
    return [
      {
        key: `${region.slug}-${plan.id}`,
        label: label(plan),
        lang: region.language,
        from,
        to,
        status: planStatus(plan, today),
      },
    ];
  });
}

interface Props {
  rows: TimelineRow[];
  /** The date the statuses are computed for (YYYY-MM-DD), marked on the axis. */
  today: string;
  caption: string;
  todayLabel: string;
}

const barColours: Record<PlanStatus, string> = {
  'in-force': 'bg-green-700',
  ended: 'bg-slate-500',
  upcoming: 'bg-sky-700',
  planned: 'bg-amber-600',
  'planned-lapsed': 'bg-slate-400',
  unknown: 'bg-slate-400',
};

/**
 * Plan periods as bars on one axis of years, drawn with CSS on the server: no client code.
 * The drawing is hidden from assistive technology; the caption says where the same facts stand as text.
 */
export function PlanTimeline({ rows, today, caption, todayLabel }: Props) {
  if (rows.length === 0) return null;
  const todayYear = Number(today.slice(0, 4));
  const first = Math.min(...rows.map((row) => row.from));
  // One year past today, so that the marker for today never sits on the edge.
  const last = Math.max(todayYear + 1, ...rows.map((row) => row.to));
  const years = last - first + 1;
  const percent = (year: number) => `${((year - first) / years) * 100}%`;
  const step = Math.max(1, Math.ceil(years / 8));
  const ticks = Array.from({ length: Math.floor((years - 1) / step) + 1 }, (_, index) => first + index * step);
  const dayOfYear = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${todayYear}-01-01T00:00:00Z`)) / 86_400_000;

  return (
    <figure className="plan-timeline mt-6">
      <div aria-hidden="true" className="relative pt-6 pb-7">
        <div
          className="absolute top-0 bottom-6 z-10 border-l-2 border-dashed border-brand-700"
          style={{ left: percent(todayYear + dayOfYear / 366) }}
        >
          <span className="absolute -top-0.5 right-1 text-xs font-semibold whitespace-nowrap text-brand-800">
            {todayLabel}
          </span>
        </div>
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.key}>
              <span lang={row.lang} className="block text-sm">
                {row.label} ({formatPeriod(row)})
              </span>
              <span className="relative mt-1 block h-3 rounded-sm bg-slate-100">
                <span
                  className={`absolute inset-y-0 rounded-sm ${barColours[row.status]}`}
                  style={{ left: percent(row.from), width: `${((row.to - row.from + 1) / years) * 100}%` }}
                />
              </span>
            </li>
          ))}
        </ul>
        <div className="absolute right-0 bottom-0 left-0 h-5 border-t border-slate-400">
          {ticks.map((year) => (
            <span
              key={year}
              className="absolute top-1 -translate-x-1/2 text-xs text-slate-700"
              style={{ left: `calc(${percent(year)} + ${50 / years}%)` }}
            >
              {year}
            </span>
          ))}
        </div>
      </div>
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
    </figure>
  );
}
