import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { localeFromParams } from '@/app/_lib/params';
import { TopicPageContent } from '@/components/topic/TopicPageContent';
import { getContent } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { locales } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { pageContext } from '@/lib/page-context';
import { findPart, partsToBuild } from '@/lib/places/county-parts';
import { paths } from '@/lib/routes';
import { listPagesWhole } from '@/lib/scale';

type Params = { locale: string; topic: string; county: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const { topics, regions } = getContent();
  const parts = partsToBuild(regions);
  return locales.flatMap((locale) =>
    topics.flatMap(({ id }) => parts.map(({ key }) => ({ locale, topic: id, county: key }))),
  );
}

async function fromParams(params: Promise<Params>) {
  const locale = await localeFromParams(params);
  const { topic: id, county } = await params;
  const page = pageContext(locale);
  const topic = getContent().topics.find((candidate) => candidate.id === id);
  const part = findPart(page.regions, county);
  if (!topic || !part) notFound();
  return { locale, page, topic, part };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic, part } = await fromParams(params);
  const t = getDictionary(locale);
  const metadata = pageMetadata({
    locale,
    path: paths.topicCounty(topic.id, part.key),
    title: t.parts.topicCountyTitle(topic.label[locale], part.name[locale]),
    description: t.parts.topicCountyDescription(topic.label[locale], part.name[locale]),
  });
  // Below the list limit the page is kept only because the route must have one (lib/places/county-parts.ts).
  return listPagesWhole(getContent().regions.length)
    ? { ...metadata, robots: { index: false, follow: true } }
    : metadata;
}

/** Above the list limit: a topic's page for the regions in one county, with the same section ids. */
export default async function TopicCountyPage({ params }: Props) {
  const { locale, page, topic, part } = await fromParams(params);
  const label = topic.label[locale];
  return (
    <TopicPageContent
      topic={topic}
      content={getContent()}
      regions={part.regions}
      title={page.t.parts.topicCountyTitle(label, part.name[locale])}
      path={paths.topicCounty(topic.id, part.key)}
      crumbs={[{ label, href: page.links.topic(topic.id) }, { label: part.name[locale] }]}
      unlisted={listPagesWhole(getContent().regions.length)}
      topicHref={(id) => page.href(paths.topicCounty(id, part.key))}
      page={page}
    />
  );
}
