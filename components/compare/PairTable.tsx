import type { Comparison } from '@/lib/comparison';
import type { PageContext } from '@/lib/page-context';

import { RegionCells, RegionColumnHeader, RowHeading } from './ComparisonCells';

interface Props {
  id: string;
  caption: string;
  /** Of two regions on a pair page; of one for a region's column, which the pair viewer sets beside another. */
  comparison: Comparison;
  page: PageContext;
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
export function PairTable({ id, caption, comparison, page }: Props) {
  const { columns, rows } = comparison;
  return (
    <div className="@container">
      <table
        data-pair-column={columns.length === 1 ? columns[0]!.slug : undefined}
        className="pair-table mt-4 w-full table-fixed hyphens-auto border-collapse text-left text-sm @max-xs:block"
      >
        <caption id={id} className="py-2 text-left text-slate-700">
          {caption}
        </caption>
        <thead className="@max-xs:sr-only">
          <tr className="border-b-2 border-slate-400 bg-slate-50">
            {columns.map((column) => (
              <RegionColumnHeader key={column.slug} column={column} className="px-3 py-2 text-base" />
            ))}
          </tr>
        </thead>
        {rows.map((row) => (
          <tbody key={row.id} id={row.id} className="scroll-mt-4 target:bg-brand-50 @max-xs:block">
            <tr className="@max-xs:block">
              <th
                scope="rowgroup"
                colSpan={columns.length}
                abbr={row.label}
                className="border-t border-slate-300 bg-slate-100 px-3 py-2 text-base @max-xs:block"
              >
                <RowHeading row={row} page={page} />
              </th>
            </tr>
            <tr className="align-top @max-xs:block">
              <RegionCells comparison={comparison} row={row} table="pair" />
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
