import { type LocalisedRegion, localisedRegions } from '../../lib/content';
import type { Locale } from '../../lib/i18n/locales';

/** A region as the built pages in `locale` show it: each translatable text its current translation, or the source's words. */
export function localised(slug: string, locale: Locale): LocalisedRegion {
  const region = localisedRegions(locale).find((candidate) => candidate.slug === slug);
  if (!region) throw new Error(`No region ${slug}`);
  return region;
}
