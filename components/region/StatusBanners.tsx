import type { Region } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';

import { SourceLink } from './SourceLink';

interface Props {
  region: Region;
  locale: Locale;
  t: Dictionary;
}

/** A banner for each organisation that no longer exists as the source knew it. */
export function StatusBanners({ region, locale, t }: Props) {
  return region.organisations.map((organisation) => {
    const { status } = organisation;
    if (status.kind === 'unchanged') return null;
    const [title, text] =
      status.kind === 'merged'
        ? [
            t.region.mergedTitle,
            t.region.merged(
              organisation.name,
              status.into,
              status.date ? t.region.onDate(formatDate(status.date, locale)) : t.region.inYear(status.year),
              status.with,
            ),
          ]
        : [t.region.renamedTitle, t.region.renamed(organisation.name, status.newName)];
    return (
      <aside
        key={organisation.name}
        aria-label={title}
        className="status-banner mt-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950"
      >
        <p className="font-bold">{title}</p>
        <p className="mt-1">{text}</p>
        <p className="mt-2">
          <SourceLink region={region} id={status.source} t={t} label={t.region.factSource} />
        </p>
      </aside>
    );
  });
}
