import type { Metadata } from 'next';

import { localeFromParams } from '@/app/_lib/params';
import { PairChooser } from '@/components/compare/PairChooser';
import { PairViewer } from '@/components/compare/PairViewer';
import { PageShell } from '@/components/layout/PageShell';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { getContent } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { ids } from '@/lib/ids';
import { pageMetadata } from '@/lib/metadata';
import { pageContext } from '@/lib/page-context';
import { canonicalPair, prebuiltPairs } from '@/lib/pairs';
import { paths } from '@/lib/routes';
import { withBasePath } from '@/lib/site';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  return {
    ...pageMetadata({
      locale,
      path: paths.pairViewer,
      title: t.pairViewer.title,
      description: t.pairViewer.description,
    }),
    // The page draws whatever pair its address names: the prebuilt pair pages are the ones to index.
    robots: { index: false, follow: true },
  };
}

export default async function PairViewerPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const content = getContent();
  const { regions } = content;
  const pairs = prebuiltPairs(regions).flatMap(([a, b]) => {
    const pair = canonicalPair(content, a, b);
    return pair ? [pair] : [];
  });
  return (
    <PageShell
      locale={locale}
      path={paths.pairViewer}
      breadcrumbs={[{ label: t.compare.title, href: page.href(paths.compare) }, { label: t.pairViewer.title }]}
      searchable={false}
    >
      <PageTitle>{t.pairViewer.title}</PageTitle>
      <p className="mt-4 max-w-prose">{t.pairViewer.description}</p>
      <PairChooser id={ids.pairChooser} regions={regions} page={page} />
      <div className="no-js-only">
        {pairs.length > 0 ? (
          <>
            <p className="mt-6">{t.pairViewer.needsScriptPairs}</p>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {pairs.map(([a, b]) => (
                <li key={`${a.slug}-${b.slug}`}>
                  <TextLink href={page.links.pair(a.slug, b.slug)}>{t.compare.pairName(a.name, b.name)}</TextLink>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <p className="mt-6">{t.pairViewer.needsScript}</p>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {regions.map((region) => (
                <li key={region.slug}>
                  <TextLink href={page.links.region(region.slug)}>{region.name}</TextLink>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <PairViewer
        chooserId={ids.pairChooser}
        columns={withBasePath(page.href(paths.pairViewer))}
        pairPage={pairs.length > 0 ? withBasePath(page.links.pair('{a}', '{b}')) : undefined}
        page={page}
      />
    </PageShell>
  );
}
