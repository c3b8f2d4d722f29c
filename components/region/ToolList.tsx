import { CardList } from '@/components/ui/CardList';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';

import { RegionText } from './RegionText';
import { SourceLink } from './SourceLink';

/** The tools the source names for following up and analysing the work (MakeEQuality, Jämix, checklists). */
export function ToolList({ region, page }: { region: LocalisedRegion; page: PageContext }) {
  const { t } = page;
  return (
    <CardList items={region.tools} empty={t.source.notMentioned} keyOf={(tool) => tool.name}>
      {(tool) => (
        <>
          <p lang={region.language} className="font-semibold">
            {tool.name}
          </p>
          <RegionText shown={tool.purpose} page={page} as="p" />
          <p className="mt-2">
            <SourceLink region={region} id={tool.source} page={page} />
          </p>
        </>
      )}
    </CardList>
  );
}
