import Link from 'next/link';

import { LocalelessShell } from '@/components/layout/LocalelessShell';
import { hyphenateLongWords } from '@/lib/hyphenate';
import { getDictionary } from '@/lib/i18n';
import { localeNames, locales } from '@/lib/i18n/locales';
import { localeHref, paths } from '@/lib/routes';
import { site } from '@/lib/site';

/** "/": for a visitor who has not chosen a language, the site in brief in each of its languages. */
export default function RootPage() {
  return (
    <LocalelessShell>
      <h1 className="text-2xl font-bold tracking-tight text-brand-900 sm:text-4xl">
        {hyphenateLongWords(site.name, 'sv')}
      </h1>
      <ul className="mt-8 grid gap-6 md:grid-cols-3">
        {locales.map((locale) => {
          const t = getDictionary(locale);
          return (
            <li key={locale} lang={locale} className="flex flex-col rounded-lg border border-slate-300 p-5">
              <h2 className="text-xl font-bold text-brand-900">{localeNames[locale]}</h2>
              <p className="mt-2 flex-1">{t.site.intro}</p>
              <p className="mt-4">
                <Link
                  href={localeHref(locale, paths.home)}
                  hrefLang={locale}
                  className="text-link font-semibold underline underline-offset-4"
                >
                  {t.root.enter}
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </LocalelessShell>
  );
}
