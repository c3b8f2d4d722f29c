import type { LocalisedRegion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import type { PageContext } from '@/lib/page-context';

import { SourceLink } from './SourceLink';

interface Props {
  region: LocalisedRegion;
  page: PageContext;
}

/** A banner for each organisation that no longer exists as the source knew it. */
export function StatusBanners({ region, page }: Props) {
  const { locale, t } = page;
  return region.organisations.map((organisation) => {
    const { status } = organisation;
    if (status.kind === 'unchanged') return null;
    const [title, text] =
      status.kind === 'merged'
        ? [
            t.organisation.mergedTitle,
            t.organisation.merged(
              organisation.name,
              status.into,
              status.date ? t.organisation.onDate(formatDate(status.date, locale)) : t.organisation.inYear(status.year),
              status.with,
            ),
          ]
        : [t.organisation.renamedTitle, t.organisation.renamed(organisation.name, status.newName)];
    return (
      <aside
        key={organisation.name}
        aria-label={title}
        className="status-banner mt-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950"
      >
        <p className="font-bold">{title}</p>
        <p className="mt-1">{text}</p>
        <p className="mt-2">
          <SourceLink region={region} id={status.source} page={page} label={t.source.factSource} />
        </p>
      </aside>
    );
  });
}
