import type { MetadataRoute } from 'next';

import { getContent } from '@/lib/content';
import { locales } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/metadata';
import { inventoryOf, publicPagePaths } from '@/lib/pages';
import { localeHref } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const root = { url: absoluteUrl('/'), alternates: { languages: languageAlternates('') } };
  const pages = publicPagePaths(inventoryOf(getContent())).flatMap((path) =>
    locales.map((locale) => ({
      url: absoluteUrl(localeHref(locale, path)),
      alternates: { languages: languageAlternates(path) },
    })),
  );
  return [root, ...pages];
}
