import { shareCard } from '@/components/og/ShareCard';
import { getContent } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { isLocale, locales } from '@/lib/i18n/locales';
import { regionsInWords } from '@/lib/og';

// A route named share.png so that the static export writes a file a static host serves as an image.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const t = getDictionary(locale);
  return shareCard({
    kicker: t.site.name,
    title: t.compare.title,
    lines: [regionsInWords(getContent().regions, t)],
    footer: t.compare.matrixHeading,
  });
}
