import { CardList } from '@/components/ui/CardList';
import type { Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';

import { SourceLink } from './SourceLink';

/** The tools the source names for following up and analysing the work (MakeEQuality, Jämix, checklists). */
export function ToolList({ region, t }: { region: Region; t: Dictionary }) {
  return (
    <CardList items={region.tools} empty={t.source.notMentioned} keyOf={(tool) => tool.name}>
      {(tool) => (
        <>
          <p lang={region.language} className="font-semibold">
            {tool.name}
          </p>
          <p lang={region.language}>{tool.purpose}</p>
          <p className="mt-2">
            <SourceLink region={region} id={tool.source} t={t} />
          </p>
        </>
      )}
    </CardList>
  );
}
