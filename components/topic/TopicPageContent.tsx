import type { ReactNode } from 'react';

import { ComparisonPageEnd } from '@/components/compare/ComparisonPageEnd';
import { TranslationNote } from '@/components/compare/TranslationNote';
import { PageShell } from '@/components/layout/PageShell';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { articleTitles } from '@/lib/charter-view';
import type { LocalisedRegion } from '@/lib/content';
import type { Content } from '@/lib/content/load';
import type { Topic } from '@/lib/content/schema';
import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';
import { commitmentsOn, lastReviewed } from '@/lib/region-view';
import { paths } from '@/lib/routes';

import { TopicRegionSection } from './TopicRegionSection';

interface Props {
  topic: Topic;
  content: Pick<Content, 'topics' | 'charter'>;
  /** The regions the page shows, each a section; or, above the list limit, an index of counties. */
  regions: readonly LocalisedRegion[];
  index?: ReactNode;
  title: string;
  path: string;
  /** The trail after the hub. */
  crumbs: { label: string; href?: string }[];
  /** Where the list of topics leads: each topic's page, or its page for the same county. */
  topicHref: (id: string) => string;
  /** A page kept only because its route must have one: search leaves it out. */
  unlisted?: boolean;
  page: PageContext;
}

/** A topic's page: its articles, then what each region's source says on it, with quotes and sources. */
export function TopicPageContent({
  topic,
  content,
  regions,
  index,
  title,
  path,
  crumbs,
  topicHref,
  unlisted,
  page,
}: Props) {
  const { t, locale } = page;
  const titles = articleTitles(content.charter, locale);
  return (
    <PageShell
      locale={locale}
      path={path}
      breadcrumbs={[{ label: t.compare.title, href: page.href(paths.compare) }, ...crumbs]}
      searchKind={t.search.kinds.topic}
      searchable={!unlisted}
    >
      <PageTitle>{title}</PageTitle>
      <p className="mt-4 max-w-prose text-lg">{topic.description[locale]}</p>
      {/* An index of counties shows no region's words, translated or not. */}
      {!index && <TranslationNote regions={regions} page={page} />}

      <section aria-labelledby={ids.articles} className="mt-8">
        <h2 id={ids.articles} className="text-xl font-bold text-brand-900">
          {t.topic.articlesHeading}
        </h2>
        {topic.articles.length === 0 ? (
          <p className="mt-2">{t.topic.noArticles}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {topic.articles.map((number) => (
              <li key={number}>
                <TextLink href={page.links.article(number)}>
                  {t.charterPage.articleTitle(number, titles.get(number) ?? '')}
                </TextLink>
              </li>
            ))}
          </ul>
        )}
      </section>

      {index ??
        regions.map((region) => (
          <TopicRegionSection
            key={region.slug}
            topic={topic}
            region={region}
            commitments={commitmentsOn(region, topic.id)}
            articleTitles={titles}
            page={page}
          />
        ))}

      <nav aria-labelledby={ids.otherTopics} className="mt-12">
        <h2 id={ids.otherTopics} className="text-xl font-bold text-brand-900">
          {t.compare.topicsHeading}
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {content.topics.map((other) => (
            <li key={other.id}>
              <TextLink
                href={topicHref(other.id)}
                aria-current={other.id === topic.id ? 'page' : undefined}
                className="aria-[current]:font-bold"
              >
                {other.label[locale]}
              </TextLink>
            </li>
          ))}
        </ul>
      </nav>
      <ComparisonPageEnd title={title} path={path} reviewed={lastReviewed(regions)} page={page} />
    </PageShell>
  );
}
