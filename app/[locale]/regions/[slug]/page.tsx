import type { Metadata } from 'next';

import { regionFromParams, type RegionParams, regionStaticParams } from '@/app/_lib/params';
import { PageFacts } from '@/components/layout/PageFacts';
import { PageShell } from '@/components/layout/PageShell';
import { regionMdxComponents } from '@/components/mdx/page-components';
import { ChangeList } from '@/components/region/ChangeList';
import { CharterSection } from '@/components/region/CharterSection';
import { CommitmentList } from '@/components/region/CommitmentList';
import { ContactList } from '@/components/region/ContactList';
import { FigureList } from '@/components/region/FigureList';
import { OrganisationSection } from '@/components/region/OrganisationSection';
import { PlaceSection } from '@/components/region/PlaceSection';
import { PlanList } from '@/components/region/PlanList';
import { RegionComparisons } from '@/components/region/RegionComparisons';
import { RegionHeader } from '@/components/region/RegionHeader';
import { RegionJsonLd } from '@/components/region/RegionJsonLd';
import { SourceList } from '@/components/region/SourceList';
import { ToolList } from '@/components/region/ToolList';
import { OutdatedNote } from '@/components/ui/OutdatedNote';
import { Section } from '@/components/ui/Section';
import { TableOfContents } from '@/components/ui/TableOfContents';
import { getContent } from '@/lib/content';
import { buildDate } from '@/lib/dates';
import { getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { pageContext } from '@/lib/page-context';
import { organisationNames } from '@/lib/region-view';
import { anchors, paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

type Props = { params: Promise<RegionParams> };

export const dynamicParams = false;
export const generateStaticParams = regionStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, region } = await regionFromParams(params);
  const t = getDictionary(locale);
  return pageMetadata({
    locale,
    path: paths.region(region.slug),
    title: t.region.metaTitle(region.name),
    description: t.region.metaDescription(region.name, organisationNames(region)),
    shareImage: { alt: t.region.metaTitle(region.name) },
  });
}

export default async function RegionPage({ params }: Props) {
  const { locale, region: source } = await regionFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const content = getContent();
  const region = page.region(source.slug);
  const path = paths.region(region.slug);
  const { narrative } = region;
  // The translation's file when it is current, else the region's own: either way a module that went
  // through the MDX rules and @mdx-js/loader (next.config.ts), compiled once for every page that shows it.
  // One pattern for both, as content/ always has region files but may have no translations yet.
  const file = narrative?.status === 'current' ? `translations/${locale}/${region.slug}` : `regions/${region.slug}`;
  const { default: Narrative } = await import(`@content/${file}.mdx`);
  const names = t.region.sections;
  const sections = [
    { id: 'plans', title: names.plans, body: <PlanList region={region} page={page} today={buildDate()} /> },
    { id: anchors.charter, title: names.charter, body: <CharterSection region={region} page={page} /> },
    {
      id: 'commitments',
      title: names.commitments,
      body: <CommitmentList region={region} content={content} page={page} />,
    },
    {
      id: 'description',
      title: names.narrative,
      body:
        narrative?.status === 'current' ? (
          <>
            <p className="text-sm text-slate-700">{t.translation.narrativeNote(t.languages[region.language])}</p>
            <div lang={narrative.lang} className="prose prose-slate max-w-prose">
              <Narrative components={regionMdxComponents(page)} />
            </div>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {t.region.narrativeNote(t.languages[region.language])}
              {narrative?.status === 'outdated' && <OutdatedNote text={t.translation.beingUpdated} />}
            </p>
            <div lang={region.language} className="prose prose-slate max-w-prose">
              <Narrative components={regionMdxComponents(page)} />
            </div>
          </>
        ),
    },
    {
      id: 'organisation',
      title: names.organisation,
      body: <OrganisationSection region={region} page={page} />,
    },
    { id: anchors.municipalities, title: t.places.section, body: <PlaceSection region={region} page={page} /> },
    { id: 'figures', title: names.figures, body: <FigureList region={region} page={page} /> },
    { id: 'tools', title: names.tools, body: <ToolList region={region} page={page} /> },
    { id: 'contacts', title: names.contacts, body: <ContactList region={region} page={page} /> },
    { id: 'sources', title: names.sources, body: <SourceList region={region} page={page} /> },
    ...(region.changes.length > 0
      ? [{ id: 'changes', title: names.changes, body: <ChangeList region={region} page={page} /> }]
      : []),
    {
      id: 'comparisons',
      title: t.compare.regionComparisons,
      body: <RegionComparisons region={region} regions={page.regions} page={page} />,
    },
  ];

  return (
    <PageShell locale={locale} path={path} breadcrumbs={[{ label: region.name }]} searchKind={t.search.kinds.region}>
      <RegionJsonLd region={region} url={absoluteUrl(page.href(path))} locale={locale} />
      <article data-pagefind-meta={`region:${region.name}`}>
        <RegionHeader region={region} page={page} />
        <TableOfContents label={t.shell.onThisPage} items={sections} />
        {sections.map(({ id, title, body }) => (
          <Section key={id} id={id} title={title}>
            {body}
          </Section>
        ))}
        <PageFacts
          page={page}
          title={region.name}
          url={absoluteUrl(page.href(path))}
          reviewed={region.reviewed}
          file={region.file}
        />
      </article>
    </PageShell>
  );
}
