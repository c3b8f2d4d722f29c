import { ExternalLink } from '@/components/ui/ExternalLink';
import { textLinkClass } from '@/components/ui/TextLink';
import { formatDate } from '@/lib/dates';
import type { PageContext } from '@/lib/page-context';
import { site } from '@/lib/site';

interface Props {
  page: PageContext;
  /** The page's title and absolute URL, for the pre-filled error report. */
  title: string;
  url: string;
  /** When the page's content was last reviewed (YYYY-MM-DD). */
  reviewed: string;
  /** Path of the content file in the repository, for "edit this page", where the page has one. */
  file?: string;
}

/** When the content was last checked, and how to correct it: edit it, or tell the editors. */
export function PageFacts({ title, url, reviewed, file, page }: Props) {
  const { locale, t } = page;
  const mailto = `mailto:${site.contactEmail}?subject=${encodeURIComponent(t.pageFacts.reportSubject(title))}&body=${encodeURIComponent(`${url}\n\n`)}`;
  return (
    <div
      data-pagefind-ignore
      className="page-facts mt-12 flex flex-wrap gap-x-6 gap-y-2 border-t border-slate-200 pt-6 text-sm"
    >
      <p>
        {t.region.reviewed}: <time dateTime={reviewed}>{formatDate(reviewed, locale)}</time>
      </p>
      <p>
        <a href={mailto} className={textLinkClass}>
          {t.pageFacts.reportError}
        </a>
      </p>
      {file && (
        <p>
          <ExternalLink
            href={`${site.repositoryUrl}/edit/${site.repositoryBranch}/${file}`}
            label={t.shell.externalLink}
            labelLang={locale}
          >
            {t.pageFacts.editPage}
          </ExternalLink>
        </p>
      )}
    </div>
  );
}
