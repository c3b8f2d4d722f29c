import Link from 'next/link';

import type { Region } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { pairPath } from '@/lib/pairs';
import { localeHref, paths } from '@/lib/routes';
import { pairPagesPrebuilt } from '@/lib/scale';

interface Props {
  region: Region;
  regions: Region[];
  page: PageContext;
}

/**
 * The comparisons this region is part of: with each other region, and all of them together. With too
 * many regions for pair pages, one link to the pair viewer replaces the list, which would otherwise put
 * every region on every region page and make the site grow as the square of their number.
 */
export function RegionComparisons({ region, regions, page }: Props) {
  const { locale, t } = page;
  const others = regions.filter((other) => other.slug !== region.slug);
  const allRegions = (
    <p>
      <Link href={localeHref(locale, paths.compare)} className="text-link underline underline-offset-2">
        {t.compare.allRegions}
      </Link>
    </p>
  );
  if (!pairPagesPrebuilt(regions.length)) {
    return (
      <>
        <p>
          <Link
            href={`${localeHref(locale, paths.pairViewer)}?a=${region.slug}`}
            className="text-link underline underline-offset-2"
          >
            {t.compare.regionCompareWith(region.name)}
          </Link>
        </p>
        {allRegions}
      </>
    );
  }
  return (
    <>
      <p>{t.compare.regionCompareWith(region.name)}:</p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {others.map((other) => (
          <li key={other.slug}>
            <Link
              href={localeHref(locale, pairPath(region.slug, other.slug))}
              className="text-link underline underline-offset-2"
            >
              {other.name}
            </Link>
          </li>
        ))}
      </ul>
      {allRegions}
    </>
  );
}
