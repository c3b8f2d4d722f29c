import { TextLink } from '@/components/ui/TextLink';
import { factRowIds } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';
import { type CountyPart, partsByCountry } from '@/lib/places/county-parts';
import { anchors, paths } from '@/lib/routes';
import { withBasePath } from '@/lib/site';

interface Props<R extends { slug: string }> {
  /** The section's heading id, so that other pages can link to the index. */
  id: string;
  parts: readonly CountyPart<R>[];
  /** The site path of a part's page. */
  href: (part: CountyPart<R>) => string;
  intro?: string;
  /**
   * Where the index stands for a page whose cells had ids (the hub, a topic's page): a link to one of
   * them goes on to the cell on its county's part (lib/browser/cell-forward.ts).
   */
  forwardCells?: boolean;
  page: PageContext;
}

/** "region-001:no-03 region-002:no-11": each region's first county part, as the forwarding script reads it. */
function partsOfRegions<R extends { slug: string }>(parts: readonly CountyPart<R>[]): string {
  const first = new Map<string, string>();
  for (const part of parts)
    for (const region of part.regions) if (!first.has(region.slug)) first.set(region.slug, part.key);
  return [...first].map(([slug, key]) => `${slug}:${key}`).join(' ');
}

/**
 * Above the list limit, what stands where a page listed every region: its counties by country, each a
 * link to the county's part, with the number of regions there. Each county's entry has the id the page
 * of every municipality gives it, so a link can point at it.
 */
export function CountyIndex<R extends { slug: string }>({ id, parts, href, intro, forwardCells, page }: Props<R>) {
  const { t, locale } = page;
  return (
    <section
      aria-labelledby={id}
      className="mt-10"
      {...(forwardCells && {
        'data-module': 'cell-forward',
        'data-parts': partsOfRegions(parts),
        'data-fact-rows': Object.values(factRowIds).join(' '),
        'data-fact-href': withBasePath(page.href(paths.countyCompare('{county}'))),
        'data-topic-href': withBasePath(page.href(paths.topicCounty('{row}', '{county}'))),
      })}
    >
      <h2 id={id} className="text-2xl font-bold text-brand-900">
        {t.parts.byCounty}
      </h2>
      <p className="mt-1 max-w-prose">{intro ?? t.parts.byCountyIntro}</p>
      {partsByCountry(parts).map(({ country, parts: inCountry }) => (
        <section key={country} aria-labelledby={anchors.country(country)} className="mt-6">
          <h3 id={anchors.country(country)} className="text-xl font-bold text-brand-900">
            {t.countries[country]}
          </h3>
          <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {inCountry.map((part) => (
              <li key={part.key} id={anchors.county(part.country, part.code)} className="scroll-mt-4">
                <TextLink href={href(part)}>{part.name[locale]}</TextLink>{' '}
                <span className="text-sm text-slate-700">({t.parts.regionCount(part.regions.length)})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
