import type { Dictionary } from '@/lib/i18n';
import { ids } from '@/lib/ids';

interface Props {
  labels: Dictionary['search'];
  /** Where the form sends its query without the script: the search page itself. */
  action: string;
  basePath: string;
}

/**
 * The search field and the place for its results, enhanced by lib/browser/search.ts, which searches
 * Pagefind's index. Usable only with JavaScript: without it the stylesheet leaves the box out, and the
 * page around it lists every page instead.
 */
export function SearchBox({ labels, action, basePath }: Props) {
  return (
    <div
      data-module="search"
      data-base-path={basePath}
      data-searching={labels.searching}
      data-unavailable={labels.unavailable}
      data-results-zero={labels.results.zero}
      data-results-one={labels.results.one}
      data-results-other={labels.results.other}
      className="search-box js-only mt-6"
    >
      <form role="search" action={action} method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col">
          <label htmlFor={ids.searchQuery} className="font-semibold">
            {labels.label}
          </label>
          <input
            id={ids.searchQuery}
            name="q"
            type="search"
            placeholder={labels.placeholder}
            autoComplete="off"
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2 text-lg"
          />
        </div>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 text-lg font-semibold text-white">
          {labels.submit}
        </button>
      </form>
      <p role="status" className="mt-3 min-h-7 text-slate-800" />
      {/* A screen high from the start, so that the footer is out of sight and nothing moves as results arrive. */}
      <ol className="search-results mt-3 min-h-svh space-y-4" />
    </div>
  );
}
