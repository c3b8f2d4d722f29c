import { textLinkClass } from '@/components/ui/TextLink';
import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';

interface Props {
  /** Id of the chooser form on the same page, which the viewer sets to the pair it shows. */
  chooserId: string;
  /** Path under which each region's column is, as {columns}{slug}/. */
  columns: string;
  /** Path of a pair's own page with {a} and {b} for the slugs, when pair pages are built. */
  pairPage?: string;
  page: PageContext;
}

/**
 * Where lib/browser/pair-viewer.ts sets two regions' columns side by side: a status line and, once the
 * columns have arrived, a heading, the link to the pair's own page and the table. A screen high from
 * the start, so that the footer is out of sight and nothing moves when the table arrives. Without
 * JavaScript the stylesheet leaves it out, and the page lists the pair pages instead.
 */
export function PairViewer({ chooserId, columns, pairPage, page }: Props) {
  const { t } = page;
  return (
    <section
      aria-labelledby={ids.viewerTitle}
      data-module="pair-viewer"
      data-chooser={chooserId}
      data-columns={columns}
      data-pair-page={pairPage}
      data-title={t.compare.pairTitle('{a}', '{b}')}
      data-choose={t.pairViewer.choose}
      data-loading={t.pairViewer.loading}
      data-failed={t.pairViewer.failed}
      className="pair-viewer js-only mt-8 min-h-svh"
    >
      <p role="status" className="mt-4" />
      <div data-result hidden className="@container">
        <h2 id={ids.viewerTitle} className="text-2xl font-bold text-brand-900" />
        {pairPage && (
          <p data-own-page className="mt-2">
            {t.pairViewer.ownPage} <a className={textLinkClass} />
          </p>
        )}
      </div>
    </section>
  );
}
