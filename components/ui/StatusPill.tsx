import type { PlanStatus } from '@/lib/dates';

const styles: Record<PlanStatus, string> = {
  'in-force': 'border-green-700 bg-green-50 text-green-900',
  ended: 'border-slate-500 bg-slate-100 text-slate-800',
  upcoming: 'border-sky-700 bg-sky-50 text-sky-900',
  planned: 'border-amber-700 bg-amber-50 text-amber-900',
  'planned-lapsed': 'border-slate-500 bg-slate-100 text-slate-800',
  'announced-lapsed': 'border-slate-500 bg-slate-100 text-slate-800',
  unknown: 'border-slate-400 bg-white text-slate-800',
};

/** A plan's status as a label: the words carry the meaning, the colour only repeats it. It wraps rather
 * than spill into a narrow table column. */
export function StatusPill({ status, label }: { status: PlanStatus; label: string }) {
  return (
    <span
      data-status={status}
      className={`inline-block max-w-full rounded-2xl border px-2.5 py-0.5 text-sm font-semibold ${styles[status]}`}
    >
      {label}
    </span>
  );
}
