import type { PlanStatus } from '@/lib/dates';

/**
 * A plan's status as a label: the words carry the meaning, the colour only repeats it (by data-status,
 * app/globals.css). It wraps rather than spill into a narrow table column.
 */
export function StatusPill({ status, label }: { status: PlanStatus; label: string }) {
  return (
    <span data-status={status} className="status-pill">
      {label}
    </span>
  );
}
