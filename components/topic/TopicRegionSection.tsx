import Link from 'next/link';

import { CopyLink } from '@/components/compare/CopyLink';
import { CommitmentCards } from '@/components/region/CommitmentCards';
import { NotMentioned } from '@/components/ui/NotMentioned';
import { cellId } from '@/lib/comparison';
import type { LocalisedRegion } from '@/lib/content';
import type { Topic } from '@/lib/content/schema';
import type { PageContext } from '@/lib/page-context';

interface Props {
  topic: Topic;
  region: LocalisedRegion;
  commitments: LocalisedRegion['commitments'];
  articleTitles: Map<number, string>;
  page: PageContext;
}

/** One region's commitments on one topic, with quotes, articles and sources; or that the source is silent. */
export function TopicRegionSection({ topic, region, commitments, articleTitles, page }: Props) {
  const { t } = page;
  const id = cellId(topic.id, region.slug);
  const regionHref = page.links.region(region.slug);
  return (
    <section
      aria-labelledby={`${id}-heading`}
      id={id}
      className="mt-10 scroll-mt-4 border-t border-slate-200 pt-6 target:bg-brand-50"
    >
      <div className="flex flex-wrap items-baseline gap-x-2">
        <h2 id={`${id}-heading`} className="text-2xl font-bold text-brand-900">
          <Link href={regionHref} className="underline-offset-4 hover:underline">
            {region.name}
          </Link>
        </h2>
        <CopyLink
          id={id}
          label={t.copyLink.label}
          description={t.copyLink.forSection(region.name)}
          doneMessage={t.copyLink.copied}
        />
      </div>
      {commitments.length === 0 ? (
        <NotMentioned text={t.source.notMentioned} />
      ) : (
        <CommitmentCards
          commitments={commitments}
          region={region}
          articleTitles={articleTitles}
          page={page}
          on="elsewhere"
        />
      )}
    </section>
  );
}
