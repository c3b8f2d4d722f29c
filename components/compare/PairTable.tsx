import Link from 'next/link';

import type { Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { localeHref, paths } from '@/lib/routes';

import { RegionCell, RowHeading } from './ComparisonCells';
import type { MatrixRow } from './MatrixTable';

interface Props {
  id: string;
  caption: string;
  /** Two regions on a pair page; one on a region's column for the pair viewer, which sets two side by side. */
  regions: Region[];
  rows: MatrixRow[];
  locale: Locale;
  t: Dictionary;
}

/**
 * Two regions side by side. Each row is a row group: its header spans both columns, and the two
 * regions' cells sit below it, so that the table fits a phone without scrolling sideways.
 * Where its box is narrower than 20rem (a 320 px phone, or large text on a wider one: rem grows with
 * the reader's text size), two columns would leave a few letters a line, so the cells stack under
 * their row's header with the region's name above each, as on the hub; the table keeps its semantics
 * and its ids. The box is the nearest @container: the table's own wrapper, or the pair viewer's result.
 * With one region it is that region's column, which lib/browser/pair-viewer.ts finds by
 * data-pair-column and sets beside another.
 */
export function PairTable({ id, caption, regions, rows, locale, t }: Props) {
  return (
    <div className="@container">
      <table
        data-pair-column={regions.length === 1 ? regions[0]!.slug : undefined}
        className="pair-table mt-4 w-full table-fixed hyphens-auto border-collapse text-left text-sm @max-xs:block"
      >
        <caption id={id} className="py-2 text-left text-slate-700">
          {caption}
        </caption>
        <thead className="@max-xs:sr-only">
          <tr className="border-b-2 border-slate-400 bg-slate-50">
            {regions.map((region) => (
              <th key={region.slug} scope="col" className="px-3 py-2 text-base">
                <Link
                  href={localeHref(locale, paths.region(region.slug))}
                  className="text-link underline underline-offset-2"
                >
                  {region.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((row) => (
          <tbody key={row.id} id={row.id} className="scroll-mt-4 target:bg-brand-50 @max-xs:block">
            <tr className="@max-xs:block">
              <th
                scope="rowgroup"
                colSpan={regions.length}
                abbr={row.label}
                className="border-t border-slate-300 bg-slate-100 px-3 py-2 text-base @max-xs:block"
              >
                <RowHeading row={row} t={t} />
              </th>
            </tr>
            <tr className="align-top @max-xs:block">
              {regions.map((region) => (
                <RegionCell
                  key={region.slug}
                  row={row}
                  region={region}
                  className="scroll-mt-4 px-3 py-3 break-words @max-xs:block @max-xs:border-t @max-xs:border-slate-200"
                  nameClassName="mb-1 hidden font-semibold text-brand-900 @max-xs:block"
                />
              ))}
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
