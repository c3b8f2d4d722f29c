import Link from 'next/link';

import { hyphenateLongWords } from '@/lib/hyphenate';
import { mainNavigation, navCurrent } from '@/lib/navigation';
import type { PageContext } from '@/lib/page-context';
import { paths } from '@/lib/routes';

import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitcher } from './LanguageSwitcher';

interface Props {
  page: PageContext;
  path: string;
}

export function SiteHeader({ path, page }: Props) {
  const { locale, t } = page;
  return (
    <header className="site-header bg-brand-900 text-white">
      <div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <Link href={page.href('')} className="text-lg font-bold tracking-tight sm:text-xl">
          {hyphenateLongWords(t.site.name, 'sv')}
        </Link>
        <LanguageSwitcher locale={locale} path={path} label={t.shell.languageNav} />
      </div>
      <div className="border-t border-white/20">
        <div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-2">
          <nav aria-label={t.shell.mainNav}>
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              {mainNavigation(t).map((item) => (
                <li key={item.path}>
                  <Link
                    href={page.href(item.path)}
                    aria-current={navCurrent(item.path, path)}
                    className="inline-block py-1 underline-offset-4 hover:underline aria-[current]:font-bold aria-[current]:underline aria-[current]:decoration-2"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {/* The search page has its own, larger field: two fields with one name would confuse. */}
          {path !== paths.search && <HeaderSearch page={page} />}
        </div>
      </div>
    </header>
  );
}
