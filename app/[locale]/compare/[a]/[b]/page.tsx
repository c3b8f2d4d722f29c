import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { localeFromParams } from '@/app/_lib/params';
import { ComparisonPageEnd } from '@/components/compare/ComparisonPageEnd';
import { PairLinks } from '@/components/compare/PairLinks';
import { PairTable } from '@/components/compare/PairTable';
import { ReversePairNotice } from '@/components/compare/ReversePairNotice';
import { TranslationNote } from '@/components/compare/TranslationNote';
import { PageShell } from '@/components/layout/PageShell';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { buildComparison } from '@/lib/comparison';
import { getContent } from '@/lib/content';
import { buildDate } from '@/lib/dates';
import { getDictionary } from '@/lib/i18n';
import { locales } from '@/lib/i18n/locales';
import { ids } from '@/lib/ids';
import { pageMetadata } from '@/lib/metadata';
import { pageContext } from '@/lib/page-context';
import { canonicalPair, pairsToBuild } from '@/lib/pairs';
import { lastReviewed } from '@/lib/region-view';
import { paths } from '@/lib/routes';

type Params = { locale: string; a: string; b: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

/** Both orders of every pair: the reverse order is a small page that sends the visitor on. */
export function generateStaticParams(): Params[] {
  return locales.flatMap((locale) =>
    pairsToBuild(getContent().regions).flatMap(([a, b]) => [
      { locale, a, b },
      { locale, a: b, b: a },
    ]),
  );
}

async function pairFromParams(params: Promise<Params>) {
  const locale = await localeFromParams(params);
  const { a, b } = await params;
  const pair = canonicalPair(getContent(), a, b);
  if (!pair) notFound();
  return { locale, pair, isCanonical: a < b };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, pair, isCanonical } = await pairFromParams(params);
  const t = getDictionary(locale);
  const [first, second] = pair;
  const metadata = pageMetadata({
    locale,
    path: paths.pair(first.slug, second.slug),
    title: t.compare.pairTitle(first.name, second.name),
    description: t.compare.pairDescription(first.name, second.name),
    shareImage: { alt: t.compare.pairTitle(first.name, second.name) },
  });
  // The reverse order shares the canonical page's metadata, canonical URL included, and stays out of indexes.
  return isCanonical ? metadata : { ...metadata, robots: { index: false, follow: true } };
}

export default async function PairPage({ params }: Props) {
  const { locale, pair, isCanonical } = await pairFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const [first, second] = pair;
  const canonicalPath = paths.pair(first.slug, second.slug);
  if (!isCanonical) {
    return (
      <PageShell locale={locale} path={paths.pair(second.slug, first.slug)} searchable={false}>
        <ReversePairNotice
          title={t.compare.pairName(second.name, first.name)}
          text={t.compare.reverseText}
          href={page.href(canonicalPath)}
          linkText={t.compare.pairTitle(first.name, second.name)}
        />
      </PageShell>
    );
  }

  const content = getContent();
  const today = buildDate();
  const reviewed = lastReviewed(pair);
  const shown = pair.map((region) => page.region(region.slug));
  const title = t.compare.pairTitle(first.name, second.name);

  // Search leaves pair pages out: they repeat the region pages' statements, and a search for a word
  // from one region would otherwise list every pair that region is in.
  return (
    <PageShell
      locale={locale}
      path={canonicalPath}
      breadcrumbs={[{ label: t.compare.title, href: page.href(paths.compare) }, { label: title }]}
      searchable={false}
    >
      <PageTitle>{title}</PageTitle>
      <p className="mt-4 max-w-prose">{t.compare.pairIntro}</p>
      <TranslationNote regions={shown} page={page} />
      <PairTable
        id={ids.pairCaption}
        caption={title}
        comparison={buildComparison({
          regions: shown,
          topics: content.topics,
          locale,
          t,
          today,
          detail: 'full',
        })}
        page={page}
      />
      <section aria-labelledby={ids.otherPairs} className="mt-12">
        <h2 id={ids.otherPairs} className="text-2xl font-bold text-brand-900">
          {t.compare.otherPairs}
        </h2>
        <p className="mt-2">
          <TextLink href={page.href(paths.compare)}>{t.compare.allRegions}</TextLink>
        </p>
        <PairLinks regions={content.regions} page={page} except={[first.slug, second.slug]} />
      </section>
      <ComparisonPageEnd title={title} path={canonicalPath} reviewed={reviewed} page={page} />
    </PageShell>
  );
}
