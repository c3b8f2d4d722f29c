import { ExternalLink } from '@/components/ui/ExternalLink';
import { formatDate } from '@/lib/dates';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { site } from '@/lib/site';

interface Props {
  locale: Locale;
  t: Dictionary;
  /** The page's title and absolute URL, for the pre-filled error report. */
  title: string;
  url: string;
  /** When the page's content was last reviewed (YYYY-MM-DD). */
  reviewed: string;
  /** Path of the content file in the repository, for "edit this page", where the page has one. */
  file?: string;
}

/** When the content was last checked, and how to correct it: edit it, or tell the editors. */
export function PageFacts({ locale, t, title, url, reviewed, file }: Props) {
  const mailto = `mailto:${site.contactEmail}?subject=${encodeURIComponent(t.region.reportSubject(title))}&body=${encodeURIComponent(`${url}\n\n`)}`;
  return (
    <div
      data-pagefind-ignore
      className="page-facts mt-12 flex flex-wrap gap-x-6 gap-y-2 border-t border-slate-200 pt-6 text-sm"
    >
      <p>
        {t.region.reviewed}: <time dateTime={reviewed}>{formatDate(reviewed, locale)}</time>
      </p>
      <p>
        <a href={mailto} className="text-link underline underline-offset-2">
          {t.region.reportError}
        </a>
      </p>
      {file && (
        <p>
          <ExternalLink
            href={`${site.repositoryUrl}/edit/${site.repositoryBranch}/${file}`}
            label={t.shell.externalLink}
            labelLang={locale}
          >
            {t.region.editPage}
          </ExternalLink>
        </p>
      )}
    </div>
  );
}
