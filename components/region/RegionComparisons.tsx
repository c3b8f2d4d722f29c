import { TextLink } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { pairPath } from '@/lib/pairs';
import { paths } from '@/lib/routes';
import { pairPagesPrebuilt } from '@/lib/scale';

interface Props {
  region: LocalisedRegion;
  regions: LocalisedRegion[];
  page: PageContext;
}

/**
 * The comparisons this region is part of: with each other region, and all of them together. With too
 * many regions for pair pages, one link to the pair viewer replaces the list, which would otherwise put
 * every region on every region page and make the site grow as the square of their number.
 */
export function RegionComparisons({ region, regions, page }: Props) {
  const { t } = page;
  const others = regions.filter((other) => other.slug !== region.slug);
  const allRegions = (
    <p>
      <TextLink href={page.href(paths.compare)}>{t.compare.allRegions}</TextLink>
    </p>
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
