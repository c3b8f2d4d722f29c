import { getContent } from '../../lib/content';
import type { RegionFrontmatter } from '../../lib/content/schema';
import { regionTexts, type ShownText } from '../../lib/content/translations';
import type { Locale } from '../../lib/i18n/locales';

/** A region's text as the built page in `locale` shows it: its current translation, or the source's words. */
export function shown(
  region: Pick<RegionFrontmatter, 'slug' | 'language'>,
  locale: Locale,
  path: string,
  original: string,
): ShownText {
  return regionTexts(getContent(), region, locale)(path, original);
}
