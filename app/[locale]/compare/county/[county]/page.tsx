import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { localeFromParams } from '@/app/_lib/params';
import { ComparisonPageEnd } from '@/components/compare/ComparisonPageEnd';
import { MatrixTable } from '@/components/compare/MatrixTable';
import { PairChooser } from '@/components/compare/PairChooser';
import { TranslationNote } from '@/components/compare/TranslationNote';
import { PageShell } from '@/components/layout/PageShell';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { buildComparison, rowsOfKind } from '@/lib/comparison';
import { getContent } from '@/lib/content';
import { buildDate } from '@/lib/dates';
import { getDictionary } from '@/lib/i18n';
import { locales } from '@/lib/i18n/locales';
import { ids } from '@/lib/ids';
import { pageMetadata } from '@/lib/metadata';
import { pageContext } from '@/lib/page-context';
import { findPart, partsToBuild } from '@/lib/places/county-parts';
import { lastReviewed } from '@/lib/region-view';
import { paths } from '@/lib/routes';
import { listPagesWhole } from '@/lib/scale';

type Params = { locale: string; county: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return locales.flatMap((locale) => partsToBuild(getContent().regions).map(({ key }) => ({ locale, county: key })));
}

async function partFromParams(params: Promise<Params>) {
  const locale = await localeFromParams(params);
  const page = pageContext(locale);
  const part = findPart(page.regions, (await params).county);
  if (!part) notFound();
  return { locale, page, part };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, part } = await partFromParams(params);
  const t = getDictionary(locale);
  const county = part.name[locale];
  const metadata = pageMetadata({
    locale,
    path: paths.countyCompare(part.key),
    title: t.parts.countyCompareTitle(county),
    description: t.parts.countyCompareDescription(county),
  });
  // Below the list limit the page is kept only because the route must have one (lib/places/county-parts.ts).
  return listPagesWhole(getContent().regions.length)
    ? { ...metadata, robots: { index: false, follow: true } }
    : metadata;
}

/** Above the list limit: the hub's comparison of facts for the regions in one county, and its topics. */
export default async function CountyComparePage({ params }: Props) {
  const { locale, page, part } = await partFromParams(params);
  const { t } = page;
  const { topics } = getContent();
  const county = part.name[locale];
  const path = paths.countyCompare(part.key);
  const comparison = buildComparison({
    regions: part.regions,
    topics,
    locale,
    t,
    today: buildDate(),
    detail: 'summary',
  });
  const title = t.parts.countyCompareTitle(county);
  return (
    <PageShell
      locale={locale}
      path={path}
      breadcrumbs={[{ label: t.compare.title, href: page.href(paths.compare) }, { label: county }]}
      searchKind={t.search.kinds.compare}
      searchable={!listPagesWhole(getContent().regions.length)}
    >
      <PageTitle>{title}</PageTitle>
      <p className="mt-4 max-w-prose">{t.compare.intro}</p>
      <TranslationNote regions={part.regions} page={page} />

      <section aria-labelledby={ids.facts} className="mt-8">
        <h2 id={ids.facts} className="text-2xl font-bold text-brand-900">
          {t.compare.factsHeading}
        </h2>
        <MatrixTable
          id={ids.factsCaption}
          caption={t.compare.factsCaption}
          firstColumn={t.compare.factColumn}
          comparison={comparison}
          rows={rowsOfKind(comparison, 'fact')}
          page={page}
        />
      </section>

      <nav aria-labelledby={ids.topics} className="mt-12">
        <h2 id={ids.topics} className="text-2xl font-bold text-brand-900">
          {t.parts.countyTopics(county)}
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.id}>
              <TextLink href={page.href(paths.topicCounty(topic.id, part.key))}>{topic.label[locale]}</TextLink>
            </li>
          ))}
        </ul>
      </nav>

      {part.regions.length > 1 && (
        <section aria-labelledby={ids.pairs} className="mt-12">
          <h2 id={ids.pairs} className="text-2xl font-bold text-brand-900">
            {t.compare.pairsHeading}
          </h2>
          <p className="mt-1">{t.compare.pairsIntro}</p>
          <PairChooser regions={part.regions} page={page} />
        </section>
      )}

      <ComparisonPageEnd title={title} path={path} reviewed={lastReviewed(part.regions)} page={page} />
    </PageShell>
  );
}
