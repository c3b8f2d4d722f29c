import type { Metadata } from 'next';

import { localeFromParams } from '@/app/_lib/params';
import { RegionCard } from '@/components/home/RegionCard';
import { PageFacts } from '@/components/layout/PageFacts';
import { PageShell } from '@/components/layout/PageShell';
import { CountyIndex } from '@/components/places/CountyIndex';
import { OverviewMap } from '@/components/places/OverviewMap';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { getContent } from '@/lib/content';
import { buildDate, formatDate } from '@/lib/dates';
import { getDictionary } from '@/lib/i18n';
import { ids } from '@/lib/ids';
import { pageMetadata } from '@/lib/metadata';
import { pageContext } from '@/lib/page-context';
import { countyParts } from '@/lib/places/county-parts';
import { lastReviewed } from '@/lib/region-view';
import { paths } from '@/lib/routes';
import { listPagesWhole } from '@/lib/scale';
import { absoluteUrl } from '@/lib/site';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  return {
    ...pageMetadata({ locale, path: paths.home, title: t.home.title, description: t.site.intro }),
    title: { absolute: `${t.site.name}: ${t.home.title}` },
  };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const today = buildDate();
  return (
    <PageShell locale={locale} path={paths.home} searchKind={t.search.kinds.page}>
      <PageTitle long>{t.home.title}</PageTitle>
      <p className="mt-4 max-w-prose text-lg">{t.site.intro}</p>
      {listPagesWhole(page.regions.length) ? (
        <section aria-labelledby={ids.regionsHeading} className="mt-10">
          <h2 id={ids.regionsHeading} className="text-2xl font-bold text-brand-900">
            {t.home.regionsHeading}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t.plans.statusAsOf(formatDate(today, locale))}</p>
          <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
            <OverviewMap regions={getContent().regions} page={page} />
            <ul className="grid content-start gap-4 sm:grid-cols-2">
              {page.regions.map((region) => (
                <RegionCard key={region.slug} region={region} page={page} today={today} />
              ))}
            </ul>
          </div>
        </section>
      ) : (
        <CountyIndex
          id={ids.regionsHeading}
          parts={countyParts(page.regions)}
          href={(part) => page.href(paths.countyCompare(part.key))}
          page={page}
        />
      )}
      <section aria-labelledby={ids.exploreHeading} className="mt-10">
        <h2 id={ids.exploreHeading} className="text-2xl font-bold text-brand-900">
          {t.home.explore}
        </h2>
        <ul className="mt-3 space-y-2">
          <li>
            <TextLink href={page.href(paths.compare)}>{t.home.compareLink}</TextLink>
          </li>
          <li>
            <TextLink href={page.href(paths.charter)}>{t.home.charterLink}</TextLink>
          </li>
          <li>
            <TextLink href={page.href(paths.municipalities)}>{t.places.finderLink}</TextLink>
          </li>
          <li>
            <TextLink href={page.href(paths.about)}>{t.home.aboutLink}</TextLink>
          </li>
        </ul>
      </section>
      <PageFacts
        page={page}
        title={t.home.title}
        url={absoluteUrl(page.href(paths.home))}
        reviewed={lastReviewed(getContent().regions)}
      />
    </PageShell>
  );
}
