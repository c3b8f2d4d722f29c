/**
 * The open data: every region's structured content as JSON, and every commitment as a row of CSV.
 * Pure functions of the content, so that tests can check the files against it.
 */
import { stringify } from 'csv-stringify/sync';

import type { Content, Region } from './content/load';
import type { RegionFrontmatter } from './content/schema';
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

export function regionsJson(content: Pick<Content, 'regions' | 'topics' | 'charter'>) {
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
  };
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
] as const;

/**
 * One row per commitment. RFC 4180 quoting comes from csv-stringify; a byte order mark lets
 * spreadsheet programs read å, ä, ö and ø as UTF-8. Articles are separated by semicolons.
 */
export function commitmentsCsv(content: Pick<Content, 'regions'>): string {
  const rows = content.regions.flatMap((region) =>
    region.commitments.map((commitment) => {
      const source = sourceById(region, commitment.source);
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
      };
    }),
  );
  return stringify(rows, { header: true, columns: [...commitmentColumns], bom: true, record_delimiter: 'windows' });
}
