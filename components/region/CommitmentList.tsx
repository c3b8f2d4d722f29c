import { ArticleLinks } from '@/components/charter/ArticleLinks';
import { articleTitles } from '@/lib/charter-view';
import type { Content, Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { commitmentsByTopic } from '@/lib/region-view';
import { anchors } from '@/lib/routes';

import { SourceLink } from './SourceLink';

interface Props {
  region: Region;
  content: Pick<Content, 'topics' | 'charter'>;
  locale: Locale;
  t: Dictionary;
}

/** Every commitment, grouped by topic, each with its quote, charter articles and source. */
export function CommitmentList({ region, content, locale, t }: Props) {
  const lang = region.language;
  const titles = articleTitles(content.charter, locale);
  return (
    <>
      <p className="max-w-prose">{t.region.commitmentsIntro}</p>
      {commitmentsByTopic(region, content.topics).map(({ topic, commitments }) => (
        <section key={topic?.id ?? 'none'} aria-labelledby={anchors.topicGroup(topic?.id ?? 'none')} className="pt-2">
          <h3 id={anchors.topicGroup(topic?.id ?? 'none')} className="text-xl font-semibold text-brand-900">
            {topic ? topic.label[locale] : t.region.noTopic}
          </h3>
          <ul className="mt-3 space-y-3">
            {commitments.map((commitment) => (
              <li
                key={commitment.id}
                id={anchors.commitment(commitment.id)}
                className="commitment scroll-mt-4 rounded-lg border border-slate-300 p-4 target:border-brand-700 target:ring-2 target:ring-brand-700"
              >
                <p lang={lang}>{commitment.statement}</p>
                {commitment.quote && (
                  <blockquote className="mt-2 border-l-4 border-brand-100 pl-4">
                    <p className="sr-only">{t.region.quote}:</p>
                    <p lang={lang} className="italic">
                      {commitment.quote}
                    </p>
                  </blockquote>
                )}
                <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
                  <ArticleLinks articles={commitment.articles} titles={titles} locale={locale} t={t} />
                  {/* The flex gap separates them on screen; the space separates them for search and screen readers. */}{' '}
                  <SourceLink region={region} id={commitment.source} t={t} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
