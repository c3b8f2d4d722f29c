/**
 * The regions' source texts, as /admin/translation-sources.json gives them: fetched afresh each time a
 * translation is opened, so that a source text saved a moment ago shows (the development server reads
 * the content again; in production the file holds the published texts).
 */
import { isRecord } from '../key-order';
import type { RegionTranslationSources, TranslationSource, TranslationSources } from '../translation-sources';

const isSource = (text: unknown): text is TranslationSource =>
  isRecord(text) && ['path', 'text', 'hash'].every((key) => typeof text[key] === 'string');

const isRegion = (region: unknown): region is RegionTranslationSources =>
  isRecord(region) &&
  typeof region.language === 'string' &&
  Array.isArray(region.texts) &&
  region.texts.every(isSource) &&
  (region.body === undefined || isSource(region.body));

const isSources = (data: unknown): data is TranslationSources => isRecord(data) && Object.values(data).every(isRegion);

let latest: TranslationSources | undefined;

export async function loadSources(): Promise<TranslationSources> {
  const response = await fetch('translation-sources.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`translation-sources.json: ${response.status}`);
  const data: unknown = await response.json();
  if (!isSources(data)) throw new Error('translation-sources.json: not the texts of regions');
  latest = data;
  return data;
}

/** The texts last fetched: what the translation on screen was written against. */
export function latestSources(): TranslationSources | undefined {
  return latest;
}
