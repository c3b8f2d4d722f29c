import { localePageMetadata } from '@/app/_lib/metadata';
import { localeFromParams } from '@/app/_lib/params';
import { PageShell } from '@/components/layout/PageShell';
import { SearchBox } from '@/components/search/SearchBox';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { getContent } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { ids } from '@/lib/ids';
import { prebuiltPairs } from '@/lib/pairs';
import { countyParts } from '@/lib/places/county-parts';
import { localeHref, paths } from '@/lib/routes';
import { listPagesWhole } from '@/lib/scale';
import { site, withBasePath } from '@/lib/site';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = localePageMetadata(({ t }) => ({
  path: paths.search,
  title: t.search.title,
  description: t.search.description,
}));

export default async function SearchPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  const { regions, topics } = getContent();
  const name = (slug: string) => regions.find((region) => region.slug === slug)?.name ?? slug;
  const link = (path: string, text: string) => <TextLink href={localeHref(locale, path)}>{text}</TextLink>;
  const groups = [
    {
      id: 'all-regions',
      title: t.search.regions,
      // Above the list limit (lib/scale.ts), each county's page, which links its regions.
      links: listPagesWhole(regions.length)
        ? regions.map((region) => link(paths.region(region.slug), region.name))
        : countyParts(regions).map((part) => link(paths.countyCompare(part.key), t.parts.regionsIn(part.name[locale]))),
    },
    {
      id: 'all-topics',
      title: t.search.topics,
      links: topics.map((topic) => link(paths.topic(topic.id), topic.label[locale])),
    },
    {
      id: 'all-comparisons',
      title: t.search.comparisons,
      links: [
        link(paths.compare, t.compare.title),
        ...prebuiltPairs(regions).map(([a, b]) => link(paths.pair(a, b), t.compare.pairName(name(a), name(b)))),
      ],
    },
    {
      id: 'all-other',
      title: t.search.more,
      links: [
        link(paths.charter, t.charterPage.title),
        link(paths.municipalities, t.finder.title),
        link(paths.about, t.about.title),
        link(paths.accessibility, t.accessibility.title),
      ],
    },
  ];

  return (
    <PageShell locale={locale} path={paths.search} breadcrumbs={[{ label: t.search.title }]} searchable={false}>
      <PageTitle>{t.search.title}</PageTitle>
      <SearchBox labels={t.search} action={withBasePath(localeHref(locale, paths.search))} basePath={site.basePath} />
      {/* Instead of the box: with a script the box finds any page, and the list would only move down as
          results arrive above it. */}
      <section aria-labelledby={ids.allPages} className="no-js-only mt-12">
        <h2 id={ids.allPages} className="text-2xl font-bold text-brand-900">
          {t.search.allPages}
        </h2>
        <p className="mt-1">{t.search.allPagesIntro}</p>
        <div className="mt-4 grid gap-8 md:grid-cols-2">
          {groups.map((group) => (
            <section key={group.id} aria-labelledby={group.id}>
              <h3 id={group.id} className="text-xl font-semibold text-brand-900">
                {group.title}
              </h3>
              <ul className="mt-2 space-y-1">
                {group.links.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </PageShell>
  );
}
