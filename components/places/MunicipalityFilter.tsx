import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';

/**
 * A field that narrows the list of municipalities as one types, and says how many remain, for screen
 * readers too (lib/browser/municipality-filter.ts). Only where a script runs: the list reads fully
 * without it.
 */
export function MunicipalityFilter({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <div
      data-module="municipality-filter"
      data-results-zero={t.finder.results.zero}
      data-results-one={t.finder.results.one}
      data-results-other={t.finder.results.other}
      className="js-only mt-6 max-w-xl"
    >
      <label htmlFor={ids.municipalityFilter} className="block font-semibold">
        {t.finder.filterLabel}
      </label>
      <p id={ids.municipalityFilterHint} className="text-sm text-slate-700">
        {t.finder.filterHint}
      </p>
      <input
        id={ids.municipalityFilter}
        type="search"
        autoComplete="off"
        aria-describedby={ids.municipalityFilterHint}
        aria-controls={ids.municipalityList}
        className="mt-1 w-full rounded border border-slate-500 px-3 py-2 text-lg"
      />
      <p role="status" className="mt-2 min-h-7 text-slate-800" />
    </div>
  );
}
