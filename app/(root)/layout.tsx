import '../globals.css';

import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { getDictionary } from '@/lib/i18n';
import { defaultLocale } from '@/lib/i18n/locales';
import { feedAlternate, languageAlternates } from '@/lib/metadata';
import { absoluteUrl, site, withBasePath } from '@/lib/site';

const t = getDictionary(defaultLocale);

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: site.name,
  description: t.site.intro,
  alternates: { canonical: absoluteUrl('/'), languages: languageAlternates(''), types: feedAlternate() },
  icons: { icon: withBasePath('/icon.svg'), apple: withBasePath('/apple-icon.png') },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={defaultLocale}>
      <body>{children}</body>
    </html>
  );
}
