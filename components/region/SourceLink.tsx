import type { Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';
import { sourceById } from '@/lib/region-view';
import { anchors } from '@/lib/routes';

interface Props {
  region: Region;
  id: string;
  t: Dictionary;
  /** What to call the link; "Source" unless given. */
  label?: string;
}

/** "Source: <title>", linking to the source's entry in the page's list of sources. */
export function SourceLink({ region, id, t, label = t.region.source }: Props) {
  const source = sourceById(region, id);
  return (
    <span className="text-sm text-slate-700">
      {label}:{' '}
      <a href={`#${anchors.source(id)}`} lang={source.language} className="text-link underline underline-offset-2">
        {source.title}
      </a>
    </span>
  );
}
