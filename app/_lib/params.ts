import { notFound } from 'next/navigation';

import { findRegion, getContent } from '@/lib/content';
import { isLocale, type Locale, locales } from '@/lib/i18n/locales';

/** Route params arrive as plain strings; this narrows the locale segment or answers 404. */
export async function localeFromParams(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export type RegionParams = { locale: string; slug: string };

/** Every locale with every published region: the pages under /{locale}/…/{slug}/. */
export function regionStaticParams(): RegionParams[] {
  return locales.flatMap((locale) => getContent().regions.map(({ slug }) => ({ locale, slug })));
}

/** The locale and the region a route's params name, or 404. */
export async function regionFromParams(params: Promise<RegionParams>) {
  const locale = await localeFromParams(params);
  const region = findRegion((await params).slug);
  if (!region) notFound();
  return { locale, region };
}
