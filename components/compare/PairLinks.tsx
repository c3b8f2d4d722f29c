import { TextLink } from '@/components/ui/TextLink';
import type { Region } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { prebuiltPairs } from '@/lib/pairs';

interface Props {
  regions: readonly Pick<Region, 'slug' | 'name'>[];
  page: PageContext;
  /** Leave out this pair (the page the list is on). */
  except?: [string, string];
}

/** Every pair of regions as a link: choosing two regions works without JavaScript. */
export function PairLinks({ regions, except, page }: Props) {
  const { t } = page;
  const name = (slug: string) => regions.find((region) => region.slug === slug)?.name ?? slug;
  const pairs = prebuiltPairs(regions).filter(([a, b]) => !(except && except[0] === a && except[1] === b));
  return (
    <ul className="pair-links mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {pairs.map(([a, b]) => (
        <li key={`${a}-${b}`}>
          <TextLink href={page.links.pair(a, b)}>{t.compare.pairName(name(a), name(b))}</TextLink>
        </li>
      ))}
    </ul>
  );
}
