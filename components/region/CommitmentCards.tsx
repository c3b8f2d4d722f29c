import { ArticleLinks } from '@/components/charter/ArticleLinks';
import { TextLink } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { anchors } from '@/lib/routes';

import { RegionText } from './RegionText';
import { SourceLink } from './SourceLink';

type Commitment = LocalisedRegion['commitments'][number];

interface Props {
  commitments: Commitment[];
  region: LocalisedRegion;
  articleTitles: Map<number, string>;
  page: PageContext;
  /**
   * "region": the card on its region's page, where links to the commitment land; "elsewhere": on a
   * topic's page, where the card links to its place on the region's page.
   */
  on: 'region' | 'elsewhere';
}

/** Commitments in full, one card each: the statement, the source's own words, the charter articles, the source. */
export function CommitmentCards({ commitments, ...props }: Props) {
  return (
    <ul className="mt-3 space-y-3">
      {commitments.map((commitment) => (
        <CommitmentCard key={commitment.id} commitment={commitment} {...props} />
      ))}
    </ul>
  );
}

function CommitmentCard({
  commitment,
  region,
  articleTitles,
  on,
  page,
}: Omit<Props, 'commitments'> & { commitment: Commitment }) {
  const { t } = page;
  const regionHref = page.links.region(region.slug);
  return (
    <li
      id={on === 'region' ? anchors.commitment(commitment.id) : undefined}
      className={
        on === 'region'
          ? 'commitment commitment-card scroll-mt-4 target:border-brand-700 target:ring-2 target:ring-brand-700'
          : 'commitment-card'
      }
    >
      <RegionText shown={commitment.statement} page={page} as="p" />
      {commitment.quote && (
        <blockquote className="mt-2 border-l-4 border-brand-100 pl-4">
          <p className="sr-only">{t.source.quote}:</p>
          <p lang={region.language} className="italic">
            {commitment.quote}
          </p>
        </blockquote>
      )}
      <p className="commitment-meta">
        <ArticleLinks articles={commitment.articles} titles={articleTitles} page={page} />
        {/* The flex gap separates these on screen; the spaces separate them for search and screen readers. */}{' '}
        <SourceLink region={region} id={commitment.source} page={page} regionHref={on === 'region' ? '' : regionHref} />
        {on === 'elsewhere' && (
          <>
            {' '}
            <TextLink href={`${regionHref}#${anchors.commitment(commitment.id)}`}>
              {t.topic.onRegionPage(region.name)}
            </TextLink>
          </>
        )}
      </p>
    </li>
  );
}
