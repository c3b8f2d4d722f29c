import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/metadata';
import { publicPagePaths } from '@/lib/pages';
import { localeHref } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { getContent } from '@/lib/content';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const root = { url: absoluteUrl('/'), alternates: { languages: languageAlternates('') } };
  const regionSlugs = getContent().regions.map((region) => region.slug);
  const pages = publicPagePaths({ regionSlugs }).flatMap((path) =>
    locales.map((locale) => ({
      url: absoluteUrl(localeHref(locale, path)),
      alternates: { languages: languageAlternates(path) },
    })),
  );
  return [root, ...pages];
}
