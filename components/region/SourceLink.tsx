import { TextLink } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { sourceById } from '@/lib/region-view';
import { anchors } from '@/lib/routes';

interface Props {
  region: LocalisedRegion;
  id: string;
  page: PageContext;
  /** What to call the link; "Source" unless given. */
  label?: string;
  /** The region page's path, where the link stands on another page; the list is on this page otherwise. */
  regionHref?: string;
}

/** "Source: <title>", linking to the source's entry in the region page's list of sources. */
export function SourceLink({ region, id, page, label = page.t.source.label, regionHref = '' }: Props) {
  const source = sourceById(region, id);
  return (
    <span className="text-sm text-slate-700">
      {label}:{' '}
      <TextLink href={`${regionHref}#${anchors.source(id)}`} lang={source.language}>
        {source.title}
      </TextLink>
    </span>
  );
}
