import type { Comparison, ComparisonRow } from '@/lib/comparison';
import type { PageContext } from '@/lib/page-context';

import { RegionCells, RegionColumnHeader, RowHeading } from './ComparisonCells';

interface Props {
  /** Id of the caption, which also names the scrolling region. */
  id: string;
  caption: string;
  firstColumn: string;
  comparison: Comparison;
  /** The comparison's rows this table shows. */
  rows: ComparisonRow[];
  page: PageContext;
}

/**
 * Rows by regions as a real table: a caption, column headers for the regions, a row header per row.
 * Wider than a phone, the table scrolls sideways inside its own region while the row headers stay put.
 * On a phone the same elements stack, one row at a time with every region's cell under its header and
 * the region's name above each cell: the ids stay where they are, so a link to a row or a cell lands
 * on it at any width. The table keeps its semantics, so a screen reader still announces each cell's
 * region from the column headers; the names shown above the cells are hidden from it for that reason.
 */
export function MatrixTable({ id, caption, firstColumn, comparison, rows, page }: Props) {
  const { t } = page;
  return (
    <>
      <p className="mt-4 text-sm text-slate-700">
        {caption} <span className="hidden sm:inline lg:hidden">{t.compare.scrollHint}</span>
      </p>
      <div
        className="matrix relative mt-2 scroll-ps-52 overflow-x-auto rounded-lg border border-slate-300"
        tabIndex={0}
        role="region"
        aria-labelledby={id}
      >
        <table className="w-full table-fixed border-collapse text-left text-sm hyphens-auto max-sm:block sm:min-w-[56rem]">
          <caption id={id} className="sr-only">
            {caption}
          </caption>
          <thead className="max-sm:sr-only">
            <tr className="border-b-2 border-slate-400 bg-slate-50">
              <th scope="col" className="sticky left-0 z-10 w-52 bg-slate-50 px-3 py-2">
                {firstColumn}
              </th>
              {comparison.columns.map((column) => (
                <RegionColumnHeader key={column.slug} column={column} className="px-3 py-2" />
              ))}
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {rows.map((row) => (
              <tr
                key={row.id}
                id={row.id}
                className="scroll-mt-4 border-b border-slate-200 align-top target:bg-brand-50 max-sm:block max-sm:border-b-2 max-sm:border-slate-300"
              >
                <th
                  scope="row"
                  abbr={row.label}
                  className="sticky left-0 z-10 w-52 bg-white px-3 py-3 font-semibold max-sm:static max-sm:block max-sm:w-auto max-sm:bg-slate-100 max-sm:text-base"
                >
                  <RowHeading row={row} page={page} />
                </th>
                <RegionCells comparison={comparison} row={row} table="matrix" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
