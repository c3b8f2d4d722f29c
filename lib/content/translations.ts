/**
 * Translations of the regions' texts: which exist, which still match the source text they were made
 * from, and what is wrong with a translation file. A translation is "current" while the hash it
 * records is the source text's; "outdated" once the source text has changed; "missing" when there is
 * none. Pages show only current translations and the source's words otherwise, so a source change can
 * be published without waiting for a translator.
 */
import { isLocale, type Locale, locales } from '../i18n/locales';
import type { ContentError } from './errors';
import { formatFieldPath } from './errors';
import { messages } from './messages';
import type { ContentLanguage, RegionFrontmatter } from './schema';
import { bodyPath, type SourceText, textHash } from './translatable';
import type { TranslationEntry, TranslationFile } from './translation-file';
import { type TranslationStatus, translationStatus } from './translation-status';
import type { Locate } from './yaml-locate';

export interface Translation {
  /** Path of the translation file relative to the project root. */
  file: string;
  locale: Locale;
  slug: string;
  /** Each translated text by its path, the narrative under "body". */
  entries: Record<string, TranslationEntry>;
}

type TranslatedContent = {
  translations: readonly Translation[];
  sourceTexts: Record<string, SourceText[]>;
};

/** The region's translation into the locale, if a file has one. */
export function translationOf(
  content: Pick<TranslatedContent, 'translations'>,
  slug: string,
  locale: Locale,
): Translation | undefined {
  return content.translations.find((candidate) => candidate.slug === slug && candidate.locale === locale);
}

/** Every translatable text of the region with its state in the locale. */
export function regionEntryStates(content: TranslatedContent, slug: string, locale: Locale): EntryState[] {
  return entryStates(content.sourceTexts[slug] ?? [], translationOf(content, slug, locale));
}

/** The locales a region is translated into: every locale of the site but its source's own language. */
export function targetLocales(region: Pick<RegionFrontmatter, 'language'>): Locale[] {
  return locales.filter((locale) => locale !== region.language);
}

export interface EntryState extends SourceText {
  status: TranslationStatus;
  /** The hash a translation of the current source text records. */
  hash: string;
}

/** Every translatable text of a region with its state in one locale. */
export function entryStates(sources: readonly SourceText[], translation: Translation | undefined): EntryState[] {
  return sources.map((source) => {
    const hash = textHash(source.text);
    return { ...source, status: translationStatus(hash, translation?.entries[source.path]), hash };
  });
}

export interface StatusCount {
  slug: string;
  locale: Locale;
  current: number;
  outdated: number;
  missing: number;
}

export function countStatuses(slug: string, locale: Locale, states: readonly EntryState[]): StatusCount {
  const count = (status: TranslationStatus) => states.filter((state) => state.status === status).length;
  return { slug, locale, current: count('current'), outdated: count('outdated'), missing: count('missing') };
}

/** The translation file's fields as a Translation, its narrative (if any, with the hash in bodyOf) under "body". */
export function toTranslation(
  file: string,
  locale: Locale,
  slug: string,
  data: TranslationFile,
  body: string,
): Translation {
  const entries = { ...data.entries };
  if (data.bodyOf !== undefined && body.trim() !== '') entries[bodyPath] = { text: body, of: data.bodyOf };
  return { file, locale, slug, entries };
}

/** Where a translation file is: content/translations/{locale}/{slug}.mdx; what is wrong with it, if anything. */
export function translationPlace(
  file: string,
  folder: string,
  slug: string,
  regions: readonly Pick<RegionFrontmatter, 'slug' | 'language'>[],
): { locale: Locale; region: Pick<RegionFrontmatter, 'slug' | 'language'> } | ContentError {
  const error = (message: string): ContentError => ({ file, line: 1, column: 1, field: '', message });
  if (!isLocale(folder)) return error(messages.translationFolderUnknown(folder, locales));
  const region = regions.find((candidate) => candidate.slug === slug);
  if (!region) return error(messages.translationOfUnknownRegion(slug));
  if (region.language === folder) return error(messages.translationIntoSourceLanguage(folder));
  return { locale: folder, region };
}

/** Entries that name no translatable text of the region: an unknown id, or a field that is not translated. */
export function translationRules(
  file: string,
  locate: Locate,
  data: TranslationFile,
  sources: readonly SourceText[],
): ContentError[] {
  const paths = new Set(sources.map((source) => source.path));
  return Object.keys(data.entries)
    .filter((path) => !paths.has(path))
    .map((path) => {
      const item = path.split('.').slice(0, -1).join('.');
      // The texts of the same part of the file: where there are some, the id is right and the field is not.
      const known = item === '' ? [] : sources.filter((source) => source.path.startsWith(`${item}.`));
      return {
        file,
        ...locate(['entries', path]),
        field: formatFieldPath(['entries', path]),
        message:
          known.length > 0
            ? messages.notTranslatable(
                path,
                known.map((source) => source.path),
              )
            : messages.unknownTranslationPath(path),
      };
    });
}

/** Each published region's state in each locale it is translated into, region by region. */
export function translationCounts(
  content: TranslatedContent & { regions: readonly Pick<RegionFrontmatter, 'slug' | 'language'>[] },
): StatusCount[] {
  return content.regions.flatMap((region) =>
    targetLocales(region).map((locale) =>
      countStatuses(region.slug, locale, regionEntryStates(content, region.slug, locale)),
    ),
  );
}

/** One text as a page in a locale shows it: translated where a current translation exists, else the source's. */
export interface ShownText {
  text: string;
  lang: ContentLanguage;
  /** "source": the page is in the source's language; the others as in TranslationStatus. */
  status: 'source' | TranslationStatus;
}
