import { MapCredit } from '@/components/places/MapCredit';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { FileLink } from '@/components/ui/TextLink';
import { formatDate } from '@/lib/dates';
import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';
import { dataFiles } from '@/lib/routes';
import { site } from '@/lib/site';

interface Props {
  /** When the data was last reviewed (YYYY-MM-DD): the latest review of any region. */
  reviewed: string;
  page: PageContext;
}

/** The open data behind every comparison, with its licence and date. Data files are no pages, so plain links. */
export function DataLinks({ reviewed, page }: Props) {
  const { locale, t } = page;
  return (
    <section aria-labelledby={ids.data} data-pagefind-ignore className="mt-8">
      <h2 id={ids.data} className="text-xl font-bold text-brand-900">
        {t.data.heading}
      </h2>
      <ul className="mt-2 space-y-1">
        <li>
          <FileLink href={dataFiles.commitments} download>
            {t.data.csv}
          </FileLink>
        </li>
        <li>
          <FileLink href={dataFiles.regions}>{t.data.json}</FileLink>
        </li>
        <li>
          <FileLink href={dataFiles.schema}>{t.data.schema}</FileLink>
        </li>
        <li>
          <FileLink href={dataFiles.municipalities} download>
            {t.data.municipalities}
          </FileLink>
        </li>
        <li>
          <FileLink href={dataFiles.regionsGeojson}>{t.data.geojson}</FileLink>
        </li>
      </ul>
      <p className="mt-2 text-sm">
        {t.data.licence}:{' '}
        <ExternalLink href={site.dataLicence.url} label={t.shell.externalLink} labelLang={locale}>
          {site.dataLicence.name}
        </ExternalLink>
        . {t.data.updated}: <time dateTime={reviewed}>{formatDate(reviewed, locale)}</time>.
      </p>
      <div className="mt-1 text-sm">
        <MapCredit page={page} />
      </div>
    </section>
  );
}
