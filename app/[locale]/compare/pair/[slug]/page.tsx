import type { Metadata } from 'next';

import { regionFromParams, type RegionParams, regionStaticParams } from '@/app/_lib/params';
import { PairTable } from '@/components/compare/PairTable';
import { PageTitle } from '@/components/ui/PageTitle';
import { FileLink } from '@/components/ui/TextLink';
import { buildComparison } from '@/lib/comparison';
import { getContent } from '@/lib/content';
import { buildDate } from '@/lib/dates';
import { getDictionary } from '@/lib/i18n';
import { ids } from '@/lib/ids';
import { pageContext } from '@/lib/page-context';
import { paths } from '@/lib/routes';

type Props = { params: Promise<RegionParams> };

export const dynamicParams = false;
export const generateStaticParams = regionStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, region } = await regionFromParams(params);
  // A part of the pair viewer, not a page to find: the viewer and the pair pages are.
  return { title: getDictionary(locale).pairViewer.columnTitle(region.name), robots: { index: false, follow: false } };
}

/**
 * One region's column of a pair comparison: the pair page's table with this region alone, rendered by
 * the same components as the pair pages. The pair viewer fetches two of these and sets them side by side.
 */
export default async function PairColumnPage({ params }: Props) {
  const { locale, region } = await regionFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const title = t.pairViewer.columnTitle(region.name);
  return (
    <main className="container-page py-8">
      <PageTitle>{title}</PageTitle>
      <p className="mt-2">
        <FileLink href={page.href(paths.pairViewer)}>{t.pairViewer.title}</FileLink>
      </p>
      <PairTable
        id={ids.columnCaption}
        caption={region.name}
        comparison={buildComparison({
          regions: [page.region(region.slug)],
          topics: getContent().topics,
          locale,
          t,
          today: buildDate(),
          detail: 'full',
        })}
        page={page}
      />
    </main>
  );
}
