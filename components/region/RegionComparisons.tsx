import { TextLink } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { pairPath } from '@/lib/pairs';
import { countyKey } from '@/lib/places/county-parts';
import { countiesOf } from '@/lib/places/coverage';
import { paths } from '@/lib/routes';
import { listPagesWhole, pairPagesPrebuilt } from '@/lib/scale';

interface Props {
  region: LocalisedRegion;
  regions: LocalisedRegion[];
  page: PageContext;
}

/**
 * The comparisons this region is part of: with each other region, and all of them together. With too
 * many regions for pair pages, one link to the pair viewer replaces the list, which would otherwise put
 * every region on every region page and make the site grow as the square of their number. With too
 * many for the hub to hold them all, the link to the hub becomes one to each county's part it is in.
 */
export function RegionComparisons({ region, regions, page }: Props) {
  const { t } = page;
  const others = regions.filter((other) => other.slug !== region.slug);
  // Above the list limit the hub is an index: the region's comparison is its county's part.
  const allRegions = listPagesWhole(regions.length) ? (
    <p>
      <TextLink href={page.href(paths.compare)}>{t.compare.allRegions}</TextLink>
    </p>
  ) : (
    countiesOf(region).map((county) => (
      <p key={countyKey(county)}>
        <TextLink href={page.href(paths.countyCompare(countyKey(county)))}>
          {t.parts.countyCompareTitle(county.name[page.locale])}
        </TextLink>
      </p>
    ))
  );
  if (!pairPagesPrebuilt(regions.length)) {
    return (
      <>
        <p>
          <TextLink href={`${page.href(paths.pairViewer)}?a=${region.slug}`}>
            {t.compare.regionCompareWith(region.name)}
          </TextLink>
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
            <TextLink href={page.href(pairPath(region.slug, other.slug))}>{other.name}</TextLink>
          </li>
        ))}
      </ul>
      {allRegions}
    </>
  );
}
