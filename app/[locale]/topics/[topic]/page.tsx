import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { localeFromParams } from '@/app/_lib/params';
import { CountyIndex } from '@/components/places/CountyIndex';
import { TopicPageContent } from '@/components/topic/TopicPageContent';
import { getContent } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { locales } from '@/lib/i18n/locales';
import { ids } from '@/lib/ids';
import { pageMetadata } from '@/lib/metadata';
import { pageContext } from '@/lib/page-context';
import { countyParts } from '@/lib/places/county-parts';
import { paths } from '@/lib/routes';
import { listPagesWhole } from '@/lib/scale';

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
  const content = getContent();
  const label = topic.label[locale];
  const index = listPagesWhole(page.regions.length) ? undefined : (
    <CountyIndex
      id={ids.counties}
      parts={countyParts(page.regions)}
      href={(part) => page.href(paths.topicCounty(topic.id, part.key))}
      intro={page.t.parts.topicByCountyIntro}
      forwardCells
      page={page}
    />
  );
  return (
    <TopicPageContent
      topic={topic}
      content={content}
      regions={page.regions}
      index={index}
      title={label}
      path={paths.topic(topic.id)}
      crumbs={[{ label }]}
      topicHref={page.links.topic}
      page={page}
    />
  );
}
