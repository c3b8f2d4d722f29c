import '../globals.css';

import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { localeFromParams } from '@/app/_lib/params';
import { getDictionary } from '@/lib/i18n';
import { locales } from '@/lib/i18n/locales';
import { feedAlternate } from '@/lib/metadata';
import { site, withBasePath } from '@/lib/site';

// Only the three locales exist; any other first segment is a 404, not a page rendered on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = getDictionary(await localeFromParams(params));
  return {
    metadataBase: new URL(site.url),
    title: { template: `%s · ${t.site.name}`, default: t.site.name },
    description: t.site.intro,
    alternates: { types: feedAlternate() },
    icons: { icon: withBasePath('/icon.svg'), apple: withBasePath('/apple-icon.png') },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeFromParams(params);
  return (
    <html lang={locale}>
      <head>
        {/* Printed links within the site show the full address, which only the configured site URL can give. */}
        <link rel="stylesheet" href={withBasePath('/print.css')} media="print" />
      </head>
      <body>{children}</body>
    </html>
  );
}
