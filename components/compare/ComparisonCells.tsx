import { cellId } from '@/lib/compare';
import type { Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';

import { CopyLink } from './CopyLink';
import type { MatrixRow } from './MatrixTable';

/** What a row's header holds in every comparison table: its label, and a link to copy the row's address. */
export function RowHeading({ row, t }: { row: MatrixRow; t: Dictionary }) {
  return (
    <>
      {row.header ?? row.label}
      <CopyLink
        id={row.id}
        label={t.compare.rowLink}
        description={t.compare.rowLinkFor(row.label)}
        doneMessage={t.compare.linkCopied}
      />
    </>
  );
}

interface CellProps {
  row: MatrixRow;
  region: Region;
  className: string;
  /** Where the table stacks, the region's name shows above the cell: the classes that say where. */
  nameClassName: string;
}

/**
 * One region's cell of a row, with the id a link to it uses. The name above it is hidden from screen
 * readers, which take the region from the column header, stacked or not.
 */
export function RegionCell({ row, region, className, nameClassName }: CellProps) {
  return (
    <td id={cellId(row.id, region.slug)} className={className}>
      <span aria-hidden="true" className={nameClassName}>
        {region.name}
      </span>
      {row.cell(region)}
    </td>
  );
}
