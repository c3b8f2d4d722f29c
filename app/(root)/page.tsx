import { LocalelessShell } from '@/components/layout/LocalelessShell';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { hyphenateLongWords } from '@/lib/hyphenate';
import { getDictionary } from '@/lib/i18n';
import { localeNames, locales } from '@/lib/i18n/locales';
import { localeHref, paths } from '@/lib/routes';
import { site } from '@/lib/site';

/** "/": for a visitor who has not chosen a language, the site in brief in each of its languages. */
export default function RootPage() {
  return (
    <LocalelessShell>
      <PageTitle long>{hyphenateLongWords(site.name, 'sv')}</PageTitle>
      <ul className="mt-8 grid gap-6 md:grid-cols-3">
        {locales.map((locale) => {
          const t = getDictionary(locale);
          return (
            <li key={locale} lang={locale} className="flex flex-col rounded-lg border border-slate-300 p-5">
              <h2 className="text-xl font-bold text-brand-900">{localeNames[locale]}</h2>
              <p className="mt-2 flex-1">{t.site.intro}</p>
              <p className="mt-4">
                <TextLink href={localeHref(locale, paths.home)} hrefLang={locale} className="font-semibold">
                  {t.root.enter}
                </TextLink>
              </p>
            </li>
          );
        })}
      </ul>
    </LocalelessShell>
  );
}
