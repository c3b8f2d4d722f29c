import { regionStaticParams } from '@/app/_lib/params';
import { shareCard } from '@/components/og/ShareCard';
import { LocatorMap } from '@/components/places/LocatorMap';
import { findRegion } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { isLocale } from '@/lib/i18n/locales';
import { placeInWords } from '@/lib/places/coverage';
import { organisationNames } from '@/lib/region-view';

// A route named share.png rather than opengraph-image.tsx: the static export then writes a file with
// an extension, which any static host serves as an image (opengraph-image has none).
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = regionStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const region = findRegion(slug);
  if (!isLocale(locale) || !region) return new Response(null, { status: 404 });
  const t = getDictionary(locale);
  return shareCard({
    kicker: t.site.name,
    title: region.name,
    lines: [organisationNames(region), `${placeInWords(region, t, locale)}, ${t.countries[region.country]}`],
    footer: t.region.metaTitle(region.name),
    picture: <LocatorMap region={region} width={270} onDark />,
  });
}
