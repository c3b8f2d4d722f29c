import './globals.css';

import type { Metadata } from 'next';

import { LocalelessShell } from '@/components/layout/LocalelessShell';
import { TextLink } from '@/components/ui/TextLink';
import { getDictionary } from '@/lib/i18n';
import { defaultLocale, locales } from '@/lib/i18n/locales';
import { feedAlternate } from '@/lib/metadata';
import { localeHref, paths } from '@/lib/routes';

// Next adds the noindex robots tag to this page by itself.
export const metadata: Metadata = {
  title: getDictionary(defaultLocale).notFound.title,
  alternates: { types: feedAlternate() },
};

/** The top-level 404.html: the address matched no page, so its language is unknown; say it in all three. */
export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale}>
      <body>
        <LocalelessShell>
          {locales.map((locale, index) => {
            const t = getDictionary(locale);
            const Heading = index === 0 ? 'h1' : 'h2';
            return (
              <section key={locale} lang={locale} className="mt-8 first:mt-0">
                <Heading className="text-2xl font-bold text-brand-900 sm:text-3xl">{t.notFound.title}</Heading>
                <p className="mt-3 max-w-prose text-lg">{t.notFound.text}</p>
                <p className="mt-3">
                  <TextLink href={localeHref(locale, paths.home)} hrefLang={locale}>
                    {t.notFound.backHome}
                  </TextLink>
                </p>
              </section>
            );
          })}
        </LocalelessShell>
      </body>
    </html>
  );
}
