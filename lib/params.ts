import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './i18n/locales';

/** Route params arrive as plain strings; this narrows the locale segment or answers 404. */
export async function localeFromParams(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
