/**
 * What a translator sees beside each translation in the web editor: every translatable text of each
 * region with its hash, in the order of the region file. The editor records the hash with the
 * translation, which is how the site knows the translation still matches its source.
 */
import type { Content } from '../content/load';
import { textHash } from '../content/translatable';

export interface TranslationSource {
  path: string;
  text: string;
  hash: string;
}

export interface RegionTranslationSources {
  name: string;
  language: string;
  texts: TranslationSource[];
}

export function translationSources(
  content: Pick<Content, 'regions' | 'sourceTexts'>,
): Record<string, RegionTranslationSources> {
  return Object.fromEntries(
    content.regions.map((region) => [
      region.slug,
      {
        name: region.name,
        language: region.language,
        texts: (content.sourceTexts[region.slug] ?? []).map(({ path, text }) => ({ path, text, hash: textHash(text) })),
      },
    ]),
  );
}
