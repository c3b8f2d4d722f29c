import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';
import { paths } from '@/lib/routes';
import { withBasePath } from '@/lib/site';

/**
 * A plain form to the search page: it needs no JavaScript to submit. Without JavaScript the search
 * page lists every page instead of searching, so the visitor still gets somewhere useful.
 */
export function HeaderSearch({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <form
      role="search"
      action={withBasePath(page.href(paths.search))}
      method="get"
      className="header-search flex w-full items-center gap-1 sm:w-auto"
    >
      <label htmlFor={ids.headerSearch} className="sr-only">
        {t.search.label}
      </label>
      <input
        id={ids.headerSearch}
        type="search"
        name="q"
        className="min-w-0 flex-1 rounded-sm border border-white/60 bg-white px-2 py-1 text-sm text-slate-900 sm:w-44 sm:flex-none"
      />
      <button type="submit" className="rounded-sm border border-white/60 px-2 py-1 text-sm font-semibold">
        {t.search.submit}
      </button>
    </form>
  );
}
