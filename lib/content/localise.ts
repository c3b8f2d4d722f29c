/**
 * A region as a page in one locale shows it: every translatable text (marked on the schema) replaced by
 * the words the page shows, their language and their state. Pages, components and views read these
 * and never look a translation up themselves: a translation is found by its text's path here, once.
 */
import type { z } from 'zod';

import type { Locale } from '../i18n/locales';
import type { Region } from './load';
import type { RegionFrontmatter } from './schema';
import { bodyPath, mapTranslatable, textHash } from './translatable';
import { translationStatus } from './translation-status';
import type { ShownText, Translation } from './translations';

/** A text that a translation may carry, as the schema types it (schema.ts, `translatable`). */
type Translatable = string & z.core.$brand<'Translatable'>;

/** A value with each translatable text in it as a page shows it. */
export type Localised<T> = T extends Translatable
  ? ShownText
  : T extends readonly (infer Item)[]
    ? Localised<Item>[]
    : T extends object
      ? { [Key in keyof T]: Localised<T[Key]> }
      : T;

/** A region in a page's locale: its translatable texts as shown there, and its narrative's. */
export type LocalisedRegion = Localised<Region> & {
  /** The narrative below the fields as the page shows it; undefined when the file has none. */
  narrative: ShownText | undefined;
};

/** One text as the locale shows it: its current translation, or else the source's words with the reason. */
function shownText(region: Pick<RegionFrontmatter, 'language'>, translation: Translation | undefined, locale: Locale) {
  return (path: string, text: string): ShownText => {
    if (region.language === locale) return { text, lang: region.language, status: 'source' };
    const entry = translation?.entries[path];
    const status = translationStatus(textHash(text), entry);
    return status === 'current' && entry
      ? { text: entry.text, lang: locale, status }
      : { text, lang: region.language, status };
  };
}

/**
 * The region in `locale`, with `translation` its translation into that locale if there is one, and
 * `body` the narrative of its file.
 */
export function localiseRegion<R extends RegionFrontmatter>(
  region: R,
  body: string,
  translation: Translation | undefined,
  locale: Locale,
): Localised<R> & { narrative: ShownText | undefined } {
  const shown = shownText(region, translation, locale);
  // The walk replaces exactly the fields the schema marks, the ones whose type Localised replaces: both
  // come from the same mark, so what the walk returns has the type below (tests/unit/translations.test.ts).
  const localised = mapTranslatable(region, shown) as Localised<R>;
  return { ...localised, narrative: body.trim() === '' ? undefined : shown(bodyPath, body) };
}

type LocalisableContent<R extends RegionFrontmatter> = {
  regions: readonly R[];
  translations: readonly Translation[];
  /** Each region's translatable texts: the narrative comes from them. */
  sourceTexts: Record<string, readonly { path: string; text: string }[]>;
};

/** Every region of the content in `locale`, in the content's order. */
export function localiseContent<R extends RegionFrontmatter>(
  content: LocalisableContent<R>,
  locale: Locale,
): (Localised<R> & { narrative: ShownText | undefined })[] {
  return content.regions.map((region) =>
    localiseRegion(
      region,
      content.sourceTexts[region.slug]?.find((text) => text.path === bodyPath)?.text ?? '',
      content.translations.find((candidate) => candidate.slug === region.slug && candidate.locale === locale),
      locale,
    ),
  );
}
