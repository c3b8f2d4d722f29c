import { PageFacts } from '@/components/layout/PageFacts';
import type { PageContext } from '@/lib/page-context';
import { absoluteUrl } from '@/lib/site';

import { CiteBlock } from './CiteBlock';
import { DataLinks } from './DataLinks';

interface Props {
  title: string;
  /** Locale-less path of the page (lib/routes.ts). */
  path: string;
  /** The latest review date of the content the page shows. */
  reviewed: string;
  page: PageContext;
}

/** What every comparison and topic page ends with: the open data, how to cite the page, and its facts. */
export function ComparisonPageEnd({ title, path, reviewed, page }: Props) {
  const url = absoluteUrl(page.href(path));
  return (
    <>
      <DataLinks reviewed={reviewed} page={page} />
      <CiteBlock title={title} url={url} reviewed={reviewed} page={page} />
      <PageFacts page={page} title={title} url={url} reviewed={reviewed} />
    </>
  );
}
