import { FileLink } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { dataFiles } from '@/lib/routes';

import { RegionText } from './RegionText';

/** The larger changes the page's editors logged, newest first, as the news feed has them. */
export function ChangeList({ region, page }: { region: LocalisedRegion; page: PageContext }) {
  const { t } = page;
  const changes = [...region.changes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      <p>{t.region.changesIntro}</p>
      <ol className="space-y-2">
        {changes.map((change) => (
          <li key={change.date} className="sm:flex sm:gap-4">
            <time dateTime={change.date} className="block shrink-0 font-semibold sm:w-40">
              {page.formatDate(change.date)}
            </time>
            <RegionText shown={change.summary} page={page} />
          </li>
        ))}
      </ol>
      <p>
        <FileLink href={dataFiles.feed}>{t.region.changesFeed}</FileLink>
      </p>
    </>
  );
}
