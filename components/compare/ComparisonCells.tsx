import Link from 'next/link';

import { NotMentioned } from '@/components/ui/NotMentioned';
import { OutdatedNote } from '@/components/ui/OutdatedNote';
import { StatusPill } from '@/components/ui/StatusPill';
import { TextLink } from '@/components/ui/TextLink';
import {
  type Cell,
  cellId,
  type CellItem,
  type Comparison,
  type ComparisonColumn,
  type ComparisonRow,
} from '@/lib/comparison';
import type { ContentLanguage } from '@/lib/content/schema';
import { hyphenateLongWords } from '@/lib/hyphenate';
import type { PageContext } from '@/lib/page-context';

import { CopyLink } from './CopyLink';

/** A region's name at the head of its column, linking to its page. */
export function RegionColumnHeader({ column, className }: { column: ComparisonColumn; className: string }) {
  return (
    <th scope="col" className={className}>
      <TextLink href={column.href}>{column.name}</TextLink>
    </th>
  );
}

/** What a row's header holds in every comparison table: its label, and a link to copy the row's address. */
export function RowHeading({ row, page }: { row: ComparisonRow; page: PageContext }) {
  const { t } = page;
  return (
    <>
      {row.href ? <TextLink href={row.href}>{row.label}</TextLink> : row.label}
      <CopyLink
        id={row.id}
        label={t.copyLink.label}
        description={t.copyLink.forRow(row.label)}
        doneMessage={t.copyLink.copied}
      />
    </>
  );
}

/** Long words in the source's language get soft hyphens, so that they break in a narrow column. */
function sourceText(text: string, lang: ContentLanguage | undefined): string {
  return lang ? hyphenateLongWords(text, lang) : text;
}

function Item({ item, clamp }: { item: CellItem; clamp: boolean }) {
  const text = sourceText(item.text, item.lang);
  return (
    <>
      {item.href ? (
        <TextLink href={item.href} lang={item.lang} className={clamp ? 'line-clamp-4' : undefined}>
          {text}
          {item.hiddenText && <span className="sr-only">{item.hiddenText}</span>}
        </TextLink>
      ) : item.lang ? (
        <span lang={item.lang}>{text}</span>
      ) : (
        text
      )}
      {item.translationNote && <OutdatedNote text={item.translationNote} block />}
      {item.after && `: ${item.after}`}
      {item.period && (
        <span className="plan-period">
          {item.period.text}
          <StatusPill status={item.period.status} label={item.period.statusLabel} />
        </span>
      )}
      {item.note && (
        <p lang={item.note.lang} className="mt-1">
          {sourceText(item.note.text, item.note.lang)}
        </p>
      )}
      {item.note?.translationNote && <OutdatedNote text={item.note.translationNote} block />}
    </>
  );
}

/** A cell's content: a fact, a list (links spaced apart, to be easy to hit), or that the source is silent. */
function CellContent({ cell, clamp }: { cell: Cell; clamp: boolean }) {
  if (cell.kind === 'not-mentioned') return <NotMentioned as="span" text={cell.text} />;
  if (cell.kind === 'fact') return <Item item={cell.item} clamp={false} />;
  return (
    <>
      <ul className={cell.items.some((item) => item.href) ? 'space-y-2' : undefined}>
        {cell.items.map((item, index) => (
          <li key={index}>
            <Item item={item} clamp={clamp} />
          </li>
        ))}
      </ul>
      {cell.more && (
        <Link href={cell.more.href} className="mt-1 inline-block text-sm text-slate-700 underline underline-offset-2">
          {cell.more.text}
          <span className="sr-only"> {cell.more.hiddenText}</span>
        </Link>
      )}
    </>
  );
}

interface CellsProps {
  comparison: Comparison;
  row: ComparisonRow;
  /** "matrix": the hub's table, which stacks below the sm breakpoint; "pair": stacks in a narrow box. */
  table: 'matrix' | 'pair';
}

/** Each table's cell, and the region's name above it where the table stacks (app/globals.css). */
const cellClasses = {
  matrix: { cell: 'matrix-cell', name: 'matrix-cell-name' },
  pair: { cell: 'pair-cell', name: 'pair-cell-name' },
};

/**
 * Each region's cell of a row, with the id a link to it uses. The name above a cell is hidden from
 * screen readers, which take the region from the column header, stacked or not. A summary's statements
 * are cut at four lines: the hub is an overview, and each statement links to its whole.
 */
export function RegionCells({ comparison, row, table }: CellsProps) {
  const classes = cellClasses[table];
  return comparison.columns.map((column) => {
    const cell = row.cells[column.slug];
    return (
      <td key={column.slug} id={cellId(row.id, column.slug)} className={classes.cell}>
        <span aria-hidden="true" className={classes.name}>
          {column.name}
        </span>
        {cell && <CellContent cell={cell} clamp={comparison.detail === 'summary' && row.kind === 'topic'} />}
      </td>
    );
  });
}
