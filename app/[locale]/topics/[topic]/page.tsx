import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { localeFromParams } from '@/app/_lib/params';
import { ComparisonPageEnd } from '@/components/compare/ComparisonPageEnd';
import { TranslationNote } from '@/components/compare/TranslationNote';
import { PageShell } from '@/components/layout/PageShell';
import { TopicRegionSection } from '@/components/topic/TopicRegionSection';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { articleTitles } from '@/lib/charter-view';
import { getContent } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { locales } from '@/lib/i18n/locales';
import { ids } from '@/lib/ids';
import { pageMetadata } from '@/lib/metadata';
import { pageContext } from '@/lib/page-context';
import { commitmentsOn, lastReviewed } from '@/lib/region-view';
import { paths } from '@/lib/routes';

type Params = { locale: string; topic: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return locales.flatMap((locale) => getContent().topics.map(({ id }) => ({ locale, topic: id })));
}

async function topicFromParams(params: Promise<Params>) {
  const locale = await localeFromParams(params);
  const { topic: id } = await params;
  const topic = getContent().topics.find((candidate) => candidate.id === id);
  if (!topic) notFound();
  return { locale, topic };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic } = await topicFromParams(params);
  const t = getDictionary(locale);
  return pageMetadata({
    locale,
    path: paths.topic(topic.id),
    title: topic.label[locale],
    description: t.topic.description(topic.label[locale]),
    shareImage: { alt: topic.label[locale] },
  });
}

export default async function TopicPage({ params }: Props) {
  const { locale, topic } = await topicFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const content = getContent();
  const reviewed = lastReviewed(content.regions);
  const titles = articleTitles(content.charter, locale);
  const path = paths.topic(topic.id);

  return (
    <PageShell
      locale={locale}
      path={path}
      breadcrumbs={[{ label: t.compare.title, href: page.href(paths.compare) }, { label: topic.label[locale] }]}
      searchKind={t.search.kinds.topic}
    >
      <PageTitle>{topic.label[locale]}</PageTitle>
      <p className="mt-4 max-w-prose text-lg">{topic.description[locale]}</p>
      <TranslationNote regions={content.regions} page={page} />

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

      {page.regions.map((region) => (
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
                href={page.links.topic(other.id)}
                aria-current={other.id === topic.id ? 'page' : undefined}
                className="aria-[current]:font-bold"
              >
                {other.label[locale]}
              </TextLink>
            </li>
          ))}
        </ul>
      </nav>
      <ComparisonPageEnd title={topic.label[locale]} path={path} reviewed={reviewed} page={page} />
    </PageShell>
  );
}
