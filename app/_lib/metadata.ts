import type { Metadata } from 'next';

import { pageMetadata, type PageMetadataInput } from '@/lib/metadata';
import { type PageContext, pageContext } from '@/lib/page-context';

import { localeFromParams } from './params';

/**
 * The generateMetadata of a page that needs only its locale's words: the locale from the route (or
 * 404), then the page's title, description and alternates.
 */
export function localePageMetadata(describe: (page: PageContext) => Omit<PageMetadataInput, 'locale'>) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await localeFromParams(params);
    return pageMetadata({ locale, ...describe(pageContext(locale)) });
  };
}
