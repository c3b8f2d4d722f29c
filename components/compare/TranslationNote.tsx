import type { RegionFrontmatter } from '@/lib/content/schema';
import type { PageContext } from '@/lib/page-context';

/**
 * On a page that sets regions side by side: who translated the texts of those written in another
 * language than the page's, where any is shown translated. Each region's page links to its source.
 */
export function TranslationNote({
  regions,
  page,
}: {
  regions: readonly Pick<RegionFrontmatter, 'slug' | 'language'>[];
  page: PageContext;
}) {
  const translated = regions.some((region) => (page.translationCount(region)?.current ?? 0) > 0);
  if (!translated) return null;
  return (
    <p className="translation-notice mt-2 max-w-prose text-sm text-slate-700">{page.t.translation.comparisonNote}</p>
  );
}
