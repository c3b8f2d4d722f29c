import { formatPeriod, type PlanStatus } from '@/lib/dates';
import type { TimelineRow } from '@/lib/plan-view';

interface Props {
  rows: TimelineRow[];
  /** The date the statuses are computed for (YYYY-MM-DD), marked on the axis. */
  today: string;
  caption: string;
  todayLabel: string;
  /** The words for each status, for the legend of the bars' colours. */
  statusLabels: Record<PlanStatus, string>;
}

/** The order of the legend: from what applies now to what is unknown. */
const legendOrder: PlanStatus[] = [
  'in-force',
  'upcoming',
  'planned',
  'ended',
  'planned-lapsed',
  'announced-lapsed',
  'unknown',
];

const barColours: Record<PlanStatus, string> = {
  'in-force': 'fill-green-700',
  ended: 'fill-slate-500',
  upcoming: 'fill-sky-700',
  planned: 'fill-amber-600',
  'planned-lapsed': 'fill-slate-400',
  'announced-lapsed': 'fill-slate-400',
  unknown: 'fill-slate-400',
};

/**
 * Plan periods as bars on one axis of years, drawn as SVG on the server: no client code, and the
 * geometry in SVG attributes rather than style attributes, which the content security policy refuses.
 * The drawing is hidden from assistive technology; the caption says where the same facts stand as text.
 */
export function PlanTimeline({ rows, today, caption, todayLabel, statusLabels }: Props) {
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
  const todayAt = percent(todayYear + dayOfYear / 366);
  const statuses = legendOrder.filter((status) => rows.some((row) => row.status === status));
  const todayLine = (
    <line
      x1={todayAt}
      x2={todayAt}
      y1="0"
      y2="100%"
      strokeWidth="2"
      strokeDasharray="3 2"
      className="stroke-brand-700"
    />
  );

  return (
    <figure className="plan-timeline mt-6">
      <div aria-hidden="true">
        <svg className="block h-5 w-full overflow-visible">
          <text
            x={todayAt}
            y="14"
            dx={(todayYear - first) / years > 0.5 ? -4 : 4}
            textAnchor={(todayYear - first) / years > 0.5 ? 'end' : 'start'}
            className="fill-brand-800 text-xs font-semibold"
          >
            {todayLabel}
          </text>
          {todayLine}
        </svg>
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.key}>
              <span lang={row.lang} className="block text-sm">
                {/* Titles such as "Plan 2016–2018" already say their years. */}
                {row.label.includes(formatPeriod(row)!) ? row.label : `${row.label} (${formatPeriod(row)})`}
              </span>
              <svg className="mt-1 block h-3 w-full">
                <rect width="100%" height="100%" rx="2" className="fill-slate-100" />
                <rect
                  x={percent(row.from)}
                  width={`${((row.to - row.from + 1) / years) * 100}%`}
                  height="100%"
                  rx="2"
                  className={barColours[row.status]}
                />
                {todayLine}
              </svg>
            </li>
          ))}
        </ul>
        <svg className="mt-1 block h-5 w-full overflow-visible">
          <line x1="0" x2="100%" y1="0.5" y2="0.5" className="stroke-slate-400" />
          {ticks.map((year) => (
            <text key={year} x={percent(year + 0.5)} y="16" textAnchor="middle" className="fill-slate-700 text-xs">
              {year}
            </text>
          ))}
        </svg>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {statuses.map((status) => (
            <li key={status} className="flex items-center gap-1.5">
              <svg className="h-3 w-5">
                <rect width="100%" height="100%" rx="2" className={barColours[status]} />
              </svg>
              {statusLabels[status]}
            </li>
          ))}
        </ul>
      </div>
      <figcaption className="mt-1 text-sm text-slate-700">{caption}</figcaption>
    </figure>
  );
}
