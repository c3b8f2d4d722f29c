import { TextLink } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { pageLocaleOf } from '@/lib/region-view';
import { localeHref, paths } from '@/lib/routes';

/**
 * On a page in another language than the region's source: who translated what the page shows, what is
 * not yet translated (it stands in the source's words), and the page in the source's language, one step
 * away. Nothing on a page in the source's own language.
 */
export function TranslationNotice({
  region,
  page,
}: {
  region: Pick<LocalisedRegion, 'slug' | 'language'>;
  page: PageContext;
}) {
  const count = page.translationCount(region);
  if (!count) return null;
  const { t } = page;
  const language = t.languages[region.language];
  const sourceLocale = pageLocaleOf(region);
  return (
    <p className="translation-notice mt-3 max-w-prose text-sm text-slate-700">
      {count.current > 0 && <>{t.translation.translatedBy(language)} </>}
      {count.missing + count.outdated > 0 && <>{t.translation.notTranslated(language)} </>}
      {sourceLocale !== page.locale && (
        <TextLink href={localeHref(sourceLocale, paths.region(region.slug))} hrefLang={sourceLocale}>
          {t.translation.sourcePage(language)}
        </TextLink>
      )}
    </p>
  );
}
