/**
 * The open data: every region's structured content as JSON, and every commitment as a row of CSV.
 * Pure functions of the content, so that tests can check the files against it.
 */
import { stringify } from 'csv-stringify/sync';

import type { Content, Region } from './content/load';
import { localiseContent } from './content/localise';
import type { RegionFrontmatter } from './content/schema';
import { regionEntryStates, translationCounts, translationOf } from './content/translations';
import { locales } from './i18n/locales';
import { lastReviewed, pageLocaleOf, sourceById } from './region-view';
import { anchors, localeHref, paths } from './routes';
import { absoluteUrl, site } from './site';

/** Bumped whenever a field is removed or changes meaning, so that re-users can tell. */
export const DATA_SCHEMA_VERSION = 1;

/** Only the frontmatter: what the published JSON Schema describes. */
function frontmatterOf(region: Region): RegionFrontmatter {
  const { file, ...frontmatter } = region;
  return frontmatter;
}

export function regionsJson(content: Pick<Content, 'regions' | 'topics' | 'charter' | 'translations' | 'sourceTexts'>) {
  return {
    schemaVersion: DATA_SCHEMA_VERSION,
    title: site.name,
    url: absoluteUrl('/'),
    licence: site.dataLicence,
    reviewed: lastReviewed(content.regions),
    regionSchema: absoluteUrl('/schema/region.schema.json'),
    pages: Object.fromEntries(
      content.regions.map((region) => [
        region.slug,
        Object.fromEntries(
          locales.map((locale) => [locale, absoluteUrl(localeHref(locale, paths.region(region.slug)))]),
        ),
      ]),
    ),
    regions: content.regions.map(frontmatterOf),
    topics: content.topics,
    charter: content.charter,
    translationSchema: absoluteUrl('/schema/translation.schema.json'),
    translations: translationsJson(content),
  };
}

/**
 * Each region's translation into each locale: how many texts are current, outdated and missing, and
 * each translated text with its state. Only a current translation is what the pages show.
 */
function translationsJson(content: Pick<Content, 'regions' | 'translations' | 'sourceTexts'>) {
  return translationCounts(content).map((count) => {
    const translation = translationOf(content, count.slug, count.locale);
    return {
      region: count.slug,
      locale: count.locale,
      current: count.current,
      outdated: count.outdated,
      missing: count.missing,
      entries: Object.fromEntries(
        regionEntryStates(content, count.slug, count.locale)
          .filter((state) => state.status !== 'missing')
          .map((state) => [state.path, { text: translation!.entries[state.path]!.text, status: state.status }]),
      ),
    };
  });
}

export const commitmentColumns = [
  'region',
  'region_name',
  'commitment_id',
  'topic',
  'articles',
  'statement',
  'quote',
  'language',
  'source_title',
  'source_url',
  'page_url',
  // Added with the translations, after the first columns so that their order stays as published.
  ...locales.map((locale) => `statement_${locale}` as const),
] as const;

/**
 * One row per commitment. RFC 4180 quoting comes from csv-stringify; a byte order mark lets
 * spreadsheet programs read å, ä, ö and ø as UTF-8. Articles are separated by semicolons.
 */
export function commitmentsCsv(content: Pick<Content, 'regions' | 'translations' | 'sourceTexts'>): string {
  const inLocales = locales.map((locale) => [locale, localiseContent(content, locale)] as const);
  const rows = content.regions.flatMap((region, regionIndex) => {
    return region.commitments.map((commitment, index) => {
      const source = sourceById(region, commitment.source);
      // The statement in each locale: the original in its own, a current translation in the others.
      const statements = inLocales.map(([locale, regions]) => {
        const shown = regions[regionIndex]!.commitments[index]!.statement;
        return [`statement_${locale}`, shown.status === 'current' || shown.status === 'source' ? shown.text : ''];
      });
      return {
        region: region.slug,
        region_name: region.name,
        commitment_id: commitment.id,
        topic: commitment.topic ?? '',
        articles: commitment.articles.join(';'),
        statement: commitment.statement,
        quote: commitment.quote ?? '',
        language: region.language,
        source_title: source.title,
        source_url: source.url ?? '',
        page_url: `${absoluteUrl(localeHref(pageLocaleOf(region), paths.region(region.slug)))}#${anchors.commitment(commitment.id)}`,
        ...Object.fromEntries(statements),
      };
    });
  });
  return stringify(rows, { header: true, columns: [...commitmentColumns], bom: true, record_delimiter: 'windows' });
}
