import Link from 'next/link';
import type { ReactNode } from 'react';

import { TextLink } from '@/components/ui/TextLink';
import { hyphenateLongWords } from '@/lib/hyphenate';
import { getDictionary } from '@/lib/i18n';
import { defaultLocale, localeNames, locales } from '@/lib/i18n/locales';
import { ids } from '@/lib/ids';
import { localeHref, paths } from '@/lib/routes';

import { SkipLink } from './SkipLink';

/**
 * The frame of the pages that belong to no locale ("/" and the top-level 404): the document is
 * Swedish, and everything offered in the other languages carries its own lang attribute.
 */
export function LocalelessShell({ children }: { children: ReactNode }) {
  const t = getDictionary(defaultLocale);
  return (
    <>
      <SkipLink label={t.shell.skipLink} />
      <header className="site-header bg-brand-900 text-white">
        <div className="container-page py-4">
          <Link href="/" className="text-lg font-bold tracking-tight sm:text-xl">
            {hyphenateLongWords(t.site.name, 'sv')}
          </Link>
        </div>
      </header>
      <main id={ids.main} tabIndex={-1} className="container-page flex-1 pt-6 pb-8 focus:outline-none">
        {children}
      </main>
      <footer className="site-footer mt-16 border-t border-slate-300 bg-slate-100 text-slate-900">
        <nav aria-label={t.shell.footerNav} className="container-page py-8">
          <ul className="grid gap-2 sm:grid-cols-3">
            {locales.map((locale) => (
              <li key={locale} lang={locale}>
                <TextLink href={localeHref(locale, paths.accessibility)} hrefLang={locale}>
                  {getDictionary(locale).footer.accessibility}
                </TextLink>{' '}
                <span className="text-sm text-slate-700">({localeNames[locale]})</span>
              </li>
            ))}
          </ul>
        </nav>
      </footer>
    </>
  );
}
