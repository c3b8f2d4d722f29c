/**
 * What a translator sees beside each translation in the web editor: every translatable text of each
 * region with its hash, in the order of the region file, and the narrative's apart (it is translated
 * below the fields, not among them). The editor records the hash with the translation, which is how the
 * site knows the translation still matches its source.
 */
import type { Content } from '../content/load';
import { type Term, termsIn } from '../content/termbase';
import { bodyPath } from '../content/translatable';
import { entryStates } from '../content/translations';

export interface TranslationSource {
  path: string;
  text: string;
  hash: string;
  /** The termbase's terms that the text uses, with how each locale renders them. */
  terms: Pick<Term, 'term' | 'kind' | 'renderings'>[];
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

export function translationSources(content: Pick<Content, 'regions' | 'sourceTexts' | 'terms'>): TranslationSources {
  return Object.fromEntries(
    content.regions.map((region) => {
      const texts = entryStates(content.sourceTexts[region.slug] ?? [], undefined).map((source) => ({
        path: source.path,
        text: source.text,
        hash: source.hash,
        terms: termsIn(content.terms, source, region.language).map(({ term, kind, renderings }) => ({
          term,
          kind,
          renderings,
        })),
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
