import { localePageMetadata } from '@/app/_lib/metadata';
import { localeFromParams } from '@/app/_lib/params';
import { ComparisonPageEnd } from '@/components/compare/ComparisonPageEnd';
import { MatrixTable } from '@/components/compare/MatrixTable';
import { PairChooser } from '@/components/compare/PairChooser';
import { PairLinks } from '@/components/compare/PairLinks';
import { TranslationNote } from '@/components/compare/TranslationNote';
import { PageShell } from '@/components/layout/PageShell';
import { CountyIndex } from '@/components/places/CountyIndex';
import { PlanTimeline } from '@/components/timeline/PlanTimeline';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { buildComparison, rowsOfKind } from '@/lib/comparison';
import { getContent } from '@/lib/content';
import { buildDate } from '@/lib/dates';
import { ids } from '@/lib/ids';
import { type PageContext, pageContext } from '@/lib/page-context';
import { countyParts } from '@/lib/places/county-parts';
import { planTimelineRows } from '@/lib/plan-view';
import { lastReviewed } from '@/lib/region-view';
import { paths } from '@/lib/routes';
import { listPagesWhole, pairPagesPrebuilt } from '@/lib/scale';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = localePageMetadata(({ t }) => ({
  path: paths.compare,
  title: t.compare.title,
  description: t.compare.description,
  shareImage: { alt: t.compare.title },
}));

export default async function CompareHubPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const page = pageContext(locale);
  const { regions } = page;
  return listPagesWhole(regions.length) ? <WholeHub page={page} /> : <HubIndex page={page} />;
}

/** Every region side by side: the hub up to the list limit (lib/scale.ts). */
function WholeHub({ page }: { page: PageContext }) {
  const { t, locale } = page;
  const { topics } = getContent();
  const { regions } = page;
  const today = buildDate();
  const reviewed = lastReviewed(regions);
  const comparison = buildComparison({ regions, topics, locale, t, today, detail: 'summary' });
  const timelineRows = regions.flatMap((region) =>
    planTimelineRows(region, today, ({ title }) => ({ text: `${region.name}: ${title.text}`, lang: title.lang })),
  );

  return (
    <PageShell
      locale={locale}
      path={paths.compare}
      breadcrumbs={[{ label: t.compare.title }]}
      searchKind={t.search.kinds.compare}
    >
      <PageTitle>{t.compare.title}</PageTitle>
      <p className="mt-4 max-w-prose">{t.compare.intro}</p>
      <TranslationNote regions={regions} page={page} />

      <section aria-labelledby={ids.pairs} className="mt-8">
        <h2 id={ids.pairs} className="text-2xl font-bold text-brand-900">
          {t.compare.pairsHeading}
        </h2>
        <p className="mt-1">{t.compare.pairsIntro}</p>
        {pairPagesPrebuilt(regions.length) ? (
          <PairLinks regions={regions} page={page} />
        ) : (
          <PairChooser regions={regions} page={page} />
        )}
      </section>

      <section aria-labelledby={ids.facts} className="mt-12">
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
        <h3 className="mt-8 text-xl font-bold text-brand-900">{t.compare.timelineHeading}</h3>
        <PlanTimeline
          rows={timelineRows}
          today={today}
          caption={t.compare.timelineCaption}
          todayLabel={t.plans.timelineToday}
          statusLabels={t.planStatus}
        />
      </section>

      <section aria-labelledby={ids.topics} className="mt-12">
        <h2 id={ids.topics} className="text-2xl font-bold text-brand-900">
          {t.compare.matrixHeading}
        </h2>
        <MatrixTable
          id={ids.topicsCaption}
          caption={t.compare.matrixCaption}
          firstColumn={t.compare.topicColumn}
          comparison={comparison}
          rows={rowsOfKind(comparison, 'topic')}
          page={page}
        />
      </section>

      <ComparisonPageEnd title={t.compare.title} path={paths.compare} reviewed={reviewed} page={page} />
    </PageShell>
  );
}

/** Above the list limit: the ways into the comparisons, each county's and each topic's a page of its own. */
function HubIndex({ page }: { page: PageContext }) {
  const { t, locale } = page;
  const { topics } = getContent();
  return (
    <PageShell
      locale={locale}
      path={paths.compare}
      breadcrumbs={[{ label: t.compare.title }]}
      searchKind={t.search.kinds.compare}
    >
      <PageTitle>{t.compare.title}</PageTitle>
      <p className="mt-4 max-w-prose">{t.parts.hubIntro}</p>

      <section aria-labelledby={ids.pairs} className="mt-8">
        <h2 id={ids.pairs} className="text-2xl font-bold text-brand-900">
          {t.compare.pairsHeading}
        </h2>
        <p className="mt-1">
          <TextLink href={page.href(paths.pairViewer)}>{t.parts.pairViewerLink}</TextLink>
        </p>
      </section>

      <CountyIndex
        id={ids.counties}
        parts={countyParts(page.regions)}
        href={(part) => page.href(paths.countyCompare(part.key))}
        forwardCells
        page={page}
      />

      <nav aria-labelledby={ids.topics} className="mt-10">
        <h2 id={ids.topics} className="text-2xl font-bold text-brand-900">
          {t.compare.matrixHeading}
        </h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.id}>
              <TextLink href={page.links.topic(topic.id)}>{topic.label[locale]}</TextLink>
            </li>
          ))}
        </ul>
      </nav>

      <ComparisonPageEnd
        title={t.compare.title}
        path={paths.compare}
        reviewed={lastReviewed(page.regions)}
        page={page}
      />
    </PageShell>
  );
}
