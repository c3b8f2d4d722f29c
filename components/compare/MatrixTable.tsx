import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Region } from '@/lib/content';
import { cellId } from '@/lib/compare';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { localeHref, paths } from '@/lib/routes';
import { CopyLink } from './CopyLink';

export interface MatrixRow {
  /** Stable anchor of the row; each cell's is `${id}-${slug}`. */
  id: string;
  label: string;
  /** The row header's content; the label if not given. */
  header?: ReactNode;
  cell: (region: Region) => ReactNode;
}

interface Props {
  /** Id of the caption, which also names the scrolling region. */
  id: string;
  caption: string;
  firstColumn: string;
  regions: Region[];
  rows: MatrixRow[];
  locale: Locale;
  t: Dictionary;
}

/**
 * Rows by regions as a real table: a caption, column headers for the regions, a row header per row.
 * On a narrow screen the table scrolls sideways inside its own region while the row headers stay put.
 */
export function MatrixTable({ id, caption, firstColumn, regions, rows, locale, t }: Props) {
  return (
    <>
      <p className="mt-4 text-sm text-slate-700">
        {caption} <span className="sm:hidden">{t.compare.scrollHint}</span>
      </p>
      <div
        className="matrix relative mt-2 scroll-ps-32 overflow-x-auto rounded-lg border border-slate-300 sm:scroll-ps-52"
        tabIndex={0}
        role="region"
        aria-labelledby={id}
      >
        <table className="w-full min-w-[48rem] table-fixed hyphens-auto sm:min-w-[56rem] border-collapse text-left text-sm">
          <caption id={id} className="sr-only">
            {caption}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400 bg-slate-50">
              <th scope="col" className="sticky left-0 z-10 w-32 bg-slate-50 sm:w-52 px-3 py-2">
                {firstColumn}
              </th>
              {regions.map((region) => (
                <th key={region.slug} scope="col" className="px-3 py-2">
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
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                id={row.id}
                className="scroll-mt-4 border-b border-slate-200 align-top target:bg-brand-50"
              >
                <th scope="row" className="sticky left-0 z-10 w-32 bg-white sm:w-52 px-3 py-3 font-semibold">
                  {row.header ?? row.label}
                  <CopyLink id={row.id} label={t.compare.rowLink} doneMessage={t.compare.linkCopied} />
                </th>
                {regions.map((region) => (
                  <td
                    key={region.slug}
                    id={cellId(row.id, region.slug)}
                    className="scroll-mt-4 px-3 py-3 target:bg-brand-50"
                  >
                    {row.cell(region)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
