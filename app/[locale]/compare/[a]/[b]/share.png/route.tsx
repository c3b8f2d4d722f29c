import { shareCard } from '@/components/og/ShareCard';
import { getContent } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { isLocale, locales } from '@/lib/i18n/locales';
import { canonicalPair, pairsToBuild } from '@/lib/pairs';

// A route named share.png so that the static export writes a file a static host serves as an image.
// Only the canonical order has one: the reverse order's page points at this one.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => pairsToBuild(getContent().regions).map(([a, b]) => ({ locale, a, b })));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; a: string; b: string }> },
) {
  const { locale, a, b } = await params;
  const pair = canonicalPair(getContent(), a, b);
  if (!isLocale(locale) || !pair) return new Response(null, { status: 404 });
  const t = getDictionary(locale);
  return shareCard({
    kicker: t.site.name,
    title: t.compare.pairName(pair[0].name, pair[1].name),
    lines: [t.compare.matrixHeading],
    footer: t.compare.title,
  });
}
