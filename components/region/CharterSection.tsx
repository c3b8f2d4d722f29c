import { TextLink } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { paths } from '@/lib/routes';

import { RegionText } from './RegionText';
import { SourceLink } from './SourceLink';

/** What the source says about the CEMR charter, in its own words where it has them. */
export function CharterSection({ region, page }: { region: LocalisedRegion; page: PageContext }) {
  const { t } = page;
  const { charter } = region;
  return (
    <>
      <p>{t.region.charterIntro}</p>
      <p className="text-lg font-semibold" data-charter-status={charter.status}>
        {t.charterStatus[charter.status]}
      </p>
      {charter.status !== 'not-mentioned' && (
        <>
          <RegionText shown={charter.note} page={page} as="p" />
          {charter.quote && (
            <blockquote lang={region.language} className="border-l-4 border-brand-100 pl-4 italic">
              {charter.quote}
            </blockquote>
          )}
          <p>
            <SourceLink region={region} id={charter.source} page={page} />
          </p>
        </>
      )}
      <p>
        <TextLink href={page.href(paths.charter)}>{t.region.charterLink}</TextLink>
      </p>
    </>
  );
}
