import type { Region } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { paths } from '@/lib/routes';
import { withBasePath } from '@/lib/site';

interface Props {
  /** Lets the pair viewer show the pair it draws as the chosen one. */
  id?: string;
  regions: readonly Pick<Region, 'slug' | 'name'>[];
  page: PageContext;
}

/** Two lists of regions and a button, sent to the pair viewer as ?a=…&b=… (a plain form, no script). */
export function PairChooser({ id, regions, page }: Props) {
  const { t } = page;
  const field = (name: 'a' | 'b', label: string) => (
    <label className="flex flex-col font-semibold">
      {label}
      <select name={name} defaultValue="" className="mt-1 rounded border border-slate-500 px-2 py-2 font-normal">
        <option value="" disabled>
          —
        </option>
        {regions.map((region) => (
          <option key={region.slug} value={region.slug}>
            {region.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      id={id}
      action={withBasePath(page.href(paths.pairViewer))}
      method="get"
      className="pair-chooser mt-3 flex flex-wrap items-end gap-3"
    >
      {field('a', t.pairViewer.chooserFirst)}
      {field('b', t.pairViewer.chooserSecond)}
      <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
        {t.pairViewer.chooserSubmit}
      </button>
    </form>
  );
}
