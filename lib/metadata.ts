import { defaultLocale, type Locale, locales, ogLocales } from './i18n/locales';
import { ogSize } from './og';
import { localeHref } from './routes';
import { absoluteUrl, site } from './site';

export interface PageMetadataInput {
  locale: Locale;
  /** Locale-less path of the page, as in lib/routes.ts. */
  path: string;
  title: string;
  description: string;
  /** The page has its own share image, at share.png beside it. */
  shareImage?: { alt: string };
}

/** The same page in every locale, for hreflang alternates and the sitemap. */
export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) languages[locale] = absoluteUrl(localeHref(locale, path));
  // The root page lets a visitor without a language choose one; deeper pages default to the default locale.
  languages['x-default'] = path === '' ? absoluteUrl('/') : absoluteUrl(localeHref(defaultLocale, path));
  return languages;
}

/** The news feed, announced on every page so that feed readers find it. */
export function feedAlternate(): Record<string, string> {
  return { 'application/atom+xml': absoluteUrl('/feed.xml') };
}

/** Title, description, canonical URL, alternates and share tags for one page in one locale. */
export function pageMetadata({ locale, path, title, description, shareImage }: PageMetadataInput) {
  const url = absoluteUrl(localeHref(locale, path));
  const images = shareImage ? [{ url: `${url}share.png`, ...ogSize, alt: shareImage.alt }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path), types: feedAlternate() },
    openGraph: {
      type: 'website' as const,
      siteName: site.name,
      title,
      description,
      url,
      locale: ogLocales[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => ogLocales[other]),
      images,
    },
    twitter: { card: 'summary_large_image' as const, title, description, images },
  };
}
