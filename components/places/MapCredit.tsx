import { ExternalLink } from '@/components/ui/ExternalLink';
import type { PageContext } from '@/lib/page-context';
import { mapDataLicence } from '@/lib/places/credit';

/** The credit the map data's licences ask for, wherever a map is drawn or its data offered. */
export function MapCredit({ page }: { page: PageContext }) {
  const { t, locale } = page;
  return (
    <p className="text-slate-700">
      {t.places.credit}, {t.places.licence}{' '}
      <ExternalLink href={mapDataLicence.url} label={t.shell.externalLink} labelLang={locale}>
        {mapDataLicence.name}
      </ExternalLink>
      .
    </p>
  );
}
