/**
 * What a translator sees beside each translation in the web editor: every translatable text of each
 * region with its hash, in the order of the region file, and the narrative's apart (it is translated
 * below the fields, not among them). The editor records the hash with the translation, which is how the
 * site knows the translation still matches its source.
 */
import type { Content } from '../content/load';
import { bodyPath } from '../content/translatable';
import { entryStates } from '../content/translations';

export interface TranslationSource {
  path: string;
  text: string;
  hash: string;
}

export interface RegionTranslationSources {
  name: string;
  language: string;
  /** The texts a translation's `entries` translate, by path. */
  texts: TranslationSource[];
  /** The narrative, which the translation's own narrative translates (its hash goes in `bodyOf`). */
  body?: TranslationSource;
}

export type TranslationSources = Record<string, RegionTranslationSources>;

export function translationSources(content: Pick<Content, 'regions' | 'sourceTexts'>): TranslationSources {
  return Object.fromEntries(
    content.regions.map((region) => {
      const texts = entryStates(content.sourceTexts[region.slug] ?? [], undefined).map(({ path, text, hash }) => ({
        path,
        text,
        hash,
      }));
      return [
        region.slug,
        {
          name: region.name,
          language: region.language,
          texts: texts.filter((text) => text.path !== bodyPath),
          body: texts.find((text) => text.path === bodyPath),
        },
      ];
    }),
  );
}
