import { articleTitles } from '@/lib/charter-view';
import type { Content, LocalisedRegion } from '@/lib/content';
import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';
import { commitmentsByTopic } from '@/lib/region-view';
import { anchors } from '@/lib/routes';

import { CommitmentCards } from './CommitmentCards';

interface Props {
  region: LocalisedRegion;
  content: Pick<Content, 'topics' | 'charter'>;
  page: PageContext;
}

/** Every commitment, grouped by topic, each with its quote, charter articles and source. */
export function CommitmentList({ region, content, page }: Props) {
  const { locale, t } = page;
  const titles = articleTitles(content.charter, locale);
  return (
    <>
      <p className="max-w-prose">{t.region.commitmentsIntro}</p>
      {commitmentsByTopic(region, content.topics).map(({ topic, commitments }) => (
        <section
          key={topic?.id ?? ids.noTopic}
          aria-labelledby={anchors.topicGroup(topic?.id ?? ids.noTopic)}
          className="pt-2"
        >
          <h3 id={anchors.topicGroup(topic?.id ?? ids.noTopic)} className="text-xl font-semibold text-brand-900">
            {topic ? topic.label[locale] : t.region.noTopic}
          </h3>
          <CommitmentCards commitments={commitments} region={region} articleTitles={titles} page={page} on="region" />
        </section>
      ))}
    </>
  );
}
