import Link from 'next/link';

import { type Locale, localeNames, locales } from '@/lib/i18n/locales';
import { localeHref } from '@/lib/routes';

interface Props {
  locale: Locale;
  /** Locale-less path of the current page, so each link leads to the same page in that language. */
  path: string;
  label: string;
}

export function LanguageSwitcher({ locale, path, label }: Props) {
  return (
    <nav aria-label={label} className="language-switcher">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {locales.map((other) => (
          <li key={other}>
            <Link
              href={localeHref(other, path)}
              hrefLang={other}
              lang={other}
              aria-current={other === locale ? 'true' : undefined}
              className="rounded-sm underline-offset-4 hover:underline aria-[current]:font-bold aria-[current]:underline"
            >
              {localeNames[other]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
