import { localePageMetadata } from '@/app/_lib/metadata';
import { localeFromParams } from '@/app/_lib/params';
import { ArticleList } from '@/components/charter/ArticleList';
import { TranslationNote } from '@/components/compare/TranslationNote';
import { PageFacts } from '@/components/layout/PageFacts';
import { PageShell } from '@/components/layout/PageShell';
import { CountyIndex } from '@/components/places/CountyIndex';
import { RegionText } from '@/components/region/RegionText';
import { PageTitle } from '@/components/ui/PageTitle';
import { TableOfContents } from '@/components/ui/TableOfContents';
import { TextLink } from '@/components/ui/TextLink';
import { charterStatusCounts } from '@/lib/charter-view';
import { getContent } from '@/lib/content';
import { factRowIds, ids } from '@/lib/ids';
import { type PageContext, pageContext } from '@/lib/page-context';
import { countyParts } from '@/lib/places/county-parts';
import { lastReviewed } from '@/lib/region-view';
import { anchors, paths } from '@/lib/routes';
import { listPagesWhole } from '@/lib/scale';
import { absoluteUrl } from '@/lib/site';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = localePageMetadata(({ t }) => ({
  path: paths.charter,
  title: t.charterPage.title,
  description: t.charterPage.description,
}));

export default async function CharterPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const content = getContent();
  const whole = listPagesWhole(page.regions.length);
  return (
    <PageShell
      locale={locale}
      path={paths.charter}
      breadcrumbs={[{ label: t.charterPage.title }]}
      searchKind={t.search.kinds.page}
    >
      <PageTitle>{t.charterPage.title}</PageTitle>
      {t.charterPage.intro.map((paragraph) => (
        <p key={paragraph} className="mt-4 max-w-prose">
          {paragraph}
        </p>
      ))}
      {whole && <TranslationNote regions={content.regions} page={page} />}

      {whole ? (
        <StatusTable page={page} />
      ) : (
        <>
          <section aria-labelledby={ids.charterStatus} className="mt-10">
            <h2 id={ids.charterStatus} className="text-2xl font-bold text-brand-900">
              {t.charterPage.statusHeading}
            </h2>
            <p className="mt-2">{t.parts.statusCounts}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {charterStatusCounts(page.regions).map(({ status, count }) => (
                <li key={status} data-charter-status={status}>
                  <span className="font-semibold">{t.charterStatus[status]}</span>: {t.parts.regionCount(count)}
                </li>
              ))}
            </ul>
          </section>
          <CountyIndex
            id={ids.counties}
            parts={countyParts(page.regions)}
            href={(part) => `${page.href(paths.countyCompare(part.key))}#${factRowIds.charter}`}
            intro={t.parts.charterByCounty}
            page={page}
          />
        </>
      )}

      <section aria-labelledby={ids.articles} className="mt-12">
        <h2 id={ids.articles} className="text-2xl font-bold text-brand-900">
          {t.charterPage.articlesHeading}
        </h2>
        <p className="mt-2 text-sm text-slate-700">{t.charterPage.translationNote}</p>
        <TableOfContents
          label={t.shell.onThisPage}
          items={content.charter.groups.map((group) => ({ id: `group-${group.id}`, title: group.title[locale] }))}
        />
        <ArticleList regions={page.regions} charter={content.charter} countsOnly={!whole} page={page} />
      </section>
      <PageFacts
        page={page}
        title={t.charterPage.title}
        url={absoluteUrl(page.href(paths.charter))}
        reviewed={lastReviewed(content.regions)}
      />
    </PageShell>
  );
}

/** Every region's charter status and what its source says, up to the list limit (lib/scale.ts). */
function StatusTable({ page }: { page: PageContext }) {
  const { t } = page;
  const columns = t.charterPage.statusColumns;
  return (
    <section aria-labelledby={ids.charterStatus} className="mt-10">
      <h2 id={ids.charterStatus} className="text-2xl font-bold text-brand-900">
        {t.charterPage.statusHeading}
      </h2>
      {/* Where its box is narrower than 20rem (a small phone, or large text), each region's row stacks. */}
      <div className="@container mt-4 overflow-x-auto" tabIndex={0} role="region" aria-labelledby={ids.charterStatus}>
        <table className="w-full border-collapse text-left hyphens-auto @max-xs:block">
          <thead className="@max-xs:sr-only">
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pr-4">
                {columns.region}
              </th>
              <th scope="col" className="py-2">
                {columns.note}
              </th>
            </tr>
          </thead>
          <tbody className="@max-xs:block">
            {page.regions.map((region) => (
              <tr key={region.slug} className="border-b border-slate-200 align-top @max-xs:block">
                <th scope="row" className="py-2 pr-4 @max-xs:block @max-xs:pb-0">
                  <TextLink href={`${page.links.region(region.slug)}#${anchors.charter}`}>{region.name}</TextLink>
                </th>
                {/* Status and note share a cell, so that on a phone the note has the width to wrap in. */}
                <td className="py-2 @max-xs:block">
                  <span className="font-semibold" data-charter-status={region.charter.status}>
                    {t.charterStatus[region.charter.status]}
                  </span>
                  {region.charter.status !== 'not-mentioned' && (
                    <RegionText shown={region.charter.note} page={page} as="p" className="mt-1 wrap-anywhere" />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
