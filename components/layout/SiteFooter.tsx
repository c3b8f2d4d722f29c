import { TextLink, textLinkClass } from '@/components/ui/TextLink';
import type { PageContext } from '@/lib/page-context';
import { paths } from '@/lib/routes';
import { site } from '@/lib/site';

export function SiteFooter({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <footer className="site-footer mt-16 border-t border-slate-300 bg-slate-100 text-slate-900">
      <div className="container-page grid gap-6 py-8 sm:grid-cols-2">
        <nav aria-label={t.shell.footerNav}>
          <ul className="space-y-2">
            <li>
              <TextLink href={page.href(paths.about)}>{t.footer.about}</TextLink>
            </li>
            <li>
              <TextLink href={page.href(paths.accessibility)}>{t.footer.accessibility}</TextLink>
            </li>
          </ul>
        </nav>
        <div className="space-y-2 text-sm">
          <p>{t.footer.sources}</p>
          <p>
            {t.footer.contactText}{' '}
            <a href={`mailto:${site.contactEmail}`} className={`${textLinkClass} wrap-anywhere`}>
              {site.contactEmail}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
