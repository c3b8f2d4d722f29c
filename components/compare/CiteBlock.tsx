import { CopyButton } from '@/components/ui/CopyButton';
import { formatDate } from '@/lib/dates';
import { intlLocales } from '@/lib/i18n/locales';
import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';
import { site } from '@/lib/site';

interface Props {
  title: string;
  /** The page's absolute, canonical URL. */
  url: string;
  /** When the content the page shows was last reviewed (YYYY-MM-DD). */
  reviewed: string;
  page: PageContext;
}

/**
 * What a journalist needs to cite the page, and a button that copies it as one line. The day the page
 * was read stays a placeholder in the HTML; the copy button writes in the day it is pressed.
 */
export function CiteBlock({ title, url, reviewed, page }: Props) {
  const { locale, t } = page;
  const reviewedText = formatDate(reviewed, locale);
  const citation = t.cite.format(title, site.name, url, reviewedText);
  return (
    <section
      aria-labelledby={ids.cite}
      data-pagefind-ignore
      className="cite-block mt-12 rounded-lg border border-slate-300 bg-slate-50 p-4 sm:p-5"
    >
      <h2 id={ids.cite} className="text-xl font-bold text-brand-900">
        {t.cite.heading}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.cite.title}</dt>
        <dd>{title}</dd>
        <dt className="font-semibold">{t.cite.publisher}</dt>
        <dd>{site.name}</dd>
        <dt className="font-semibold">{t.cite.url}</dt>
        <dd className="break-all">{url}</dd>
        <dt className="font-semibold">{t.cite.reviewed}</dt>
        <dd>
          <time dateTime={reviewed}>{reviewedText}</time>
        </dd>
        <dt className="font-semibold">{t.cite.accessed}</dt>
        <dd data-accessed={intlLocales[locale]}>{t.cite.accessedPlaceholder}</dd>
      </dl>
      <p id={ids.citation} className="citation mt-3 rounded border border-slate-300 bg-white p-3 text-sm break-words">
        {citation} {t.cite.accessed} <span data-accessed={intlLocales[locale]}>{t.cite.accessedShort}</span>.
      </p>
      <p className="mt-3">
        <CopyButton copyFrom="citation" label={t.cite.copy} doneMessage={t.cite.copied} />
      </p>
    </section>
  );
}
