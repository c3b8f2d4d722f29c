import { NotMentioned } from '@/components/ui/NotMentioned';
import type { Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';

import { SourceLink } from './SourceLink';

/** The tools the source names for following up and analysing the work (MakeEQuality, Jämix, checklists). */
export function ToolList({ region, t }: { region: Region; t: Dictionary }) {
  if (region.tools.length === 0) return <NotMentioned text={t.region.notMentioned} />;
  return (
    <ul className="space-y-3">
      {region.tools.map((tool) => (
        <li key={tool.name} className="rounded-lg border border-slate-300 p-4">
          <p lang={region.language} className="font-semibold">
            {tool.name}
          </p>
          <p lang={region.language}>{tool.purpose}</p>
          <p className="mt-2">
            <SourceLink region={region} id={tool.source} t={t} />
          </p>
        </li>
      ))}
    </ul>
  );
}
