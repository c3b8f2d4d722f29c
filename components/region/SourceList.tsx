import { ExternalLink } from '@/components/ui/ExternalLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { anchors } from '@/lib/routes';

import { RegionText } from './RegionText';

/** Every source of the page, once, with what is known about it; other parts of the page link here. */
export function SourceList({ region, page }: { region: LocalisedRegion; page: PageContext }) {
  const { locale, t } = page;
  return (
    <ol className="space-y-3">
      {region.sources.map((source) => (
        <li
          key={source.id}
          id={anchors.source(source.id)}
          className="scroll-mt-4 rounded-lg border border-slate-300 p-4 target:border-brand-700 target:ring-2 target:ring-brand-700"
        >
          <p lang={source.language} className="font-semibold">
            {source.url ? (
              <ExternalLink href={source.url} label={t.shell.externalLink} labelLang={locale}>
                {source.title}
              </ExternalLink>
            ) : (
              source.title
            )}
          </p>
          <p className="text-sm text-slate-700">
            {t.source.kinds[source.kind]}
            {source.publisher && (
              <>
                {' · '}
                {t.source.publisher}: <span lang={source.language}>{source.publisher}</span>
              </>
            )}
            {' · '}
            {source.year !== undefined ? `${t.source.published}: ${source.year}` : t.source.undated}
            {' · '}
            {t.source.language}: {t.languages[source.language]}
          </p>
          {source.dateNote && <RegionText shown={source.dateNote} page={page} as="p" className="mt-1 text-sm" />}
          {source.note && <RegionText shown={source.note} page={page} as="p" className="mt-1 text-sm" />}
        </li>
      ))}
    </ol>
  );
}
