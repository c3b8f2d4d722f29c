import type { ReactNode } from 'react';

import type { Locale } from '@/lib/i18n/locales';
import { ids } from '@/lib/ids';
import { pageContext } from '@/lib/page-context';

import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

interface Props {
  locale: Locale;
  /** Locale-less path of this page (lib/routes.ts), for the language switcher and the navigation. */
  path: string;
  /** Trail from the home page to this page, without the home page itself; none on the home page. */
  breadcrumbs?: Crumb[];
  /** Whether search indexes the main content; false for pages with no content of their own (404, pairs). */
  searchable?: boolean;
  /** What search results say about this page: its kind (region, comparison, topic, page). */
  searchKind?: string;
  children: ReactNode;
}

/** The frame of every page in a locale: skip link, header, breadcrumbs, main content, footer. */
export function PageShell({ locale, path, breadcrumbs, searchable = true, searchKind, children }: Props) {
  const page = pageContext(locale);
  const { t } = page;
  return (
    <>
      <SkipLink label={t.shell.skipLink} />
      <SiteHeader page={page} path={path} />
      {breadcrumbs && breadcrumbs.length > 0 && (
        <div className="container-page pt-4">
          <Breadcrumbs
            label={t.shell.breadcrumbs}
            crumbs={[{ label: t.nav.home, href: page.href('') }, ...breadcrumbs]}
          />
        </div>
      )}
      <main
        id={ids.main}
        tabIndex={-1}
        data-pagefind-body={searchable ? '' : undefined}
        data-pagefind-meta={searchable && searchKind ? `kind:${searchKind}` : undefined}
        className="container-page flex-1 pt-6 pb-8 focus:outline-none"
      >
        {children}
      </main>
      <SiteFooter page={page} />
    </>
  );
}
