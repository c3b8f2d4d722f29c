/**
 * The one way into the content: read every file, parse it, validate it, apply the cross-file rules,
 * and return typed data or every error found, located. Pages use loadContent (through index.ts);
 * the content check uses checkContent (check.ts), which also compiles and inspects each MDX body.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { nordicToday } from '../dates';
import { type ContentError, sortErrors } from './errors';
import { messages } from './messages';
import { decodeUtf8, parseFrontmatterFile, parseYamlFile } from './parse';
import { charterRules, type RegionFileForRules, regionRules, topicArticleRules, topicRules } from './rules';
import {
  type CharterFile,
  charterFileSchema,
  type RegionFrontmatter,
  regionFrontmatterSchema,
  type Topic,
  topicsFileSchema,
} from './schema';
import { type Term, termbaseFileSchema, termbaseRules, termMissErrors, translationTermMisses } from './termbase';
import { type SourceText, translatableTexts } from './translatable';
import { translationFileSchema } from './translation-file';
import { entryStates, toTranslation, type Translation, translationPlace, translationRules } from './translations';
import type { Locate } from './yaml-locate';

export interface Region extends RegionFrontmatter {
  /** Path of the source file relative to the project root, for "edit this page" links and errors. */
  file: string;
}

export interface Content {
  /** Published regions, in the order of their slugs. */
  regions: Region[];
  /** Regions in `_`-prefixed files: checked like the others, never published. */
  drafts: Region[];
  topics: Topic[];
  charter: CharterFile;
  /** Translations of the published regions' texts, one per region and locale that has a file. */
  translations: Translation[];
  /** Each published region's translatable texts, by slug: what its translations are measured against. */
  sourceTexts: Record<string, SourceText[]>;
  /** The termbase's terms (content/termbase.yaml), none if the folder has no termbase. */
  terms: Term[];
  /** What the check says but lets through: a document's name a current translation renders otherwise. */
  warnings: ContentError[];
}

export type LoadResult =
  { ok: true; content: Content } | { ok: false; errors: ContentError[]; warnings: ContentError[] };

interface RegionFile extends RegionFileForRules {
  draft: boolean;
  /** The MDX narrative below the fields. */
  body: string;
}

export interface ReadResult {
  regions: RegionFile[];
  /** Every region file that could be decoded, parsed or not: the MDX check runs on each. */
  texts: { file: string; text: string; slug: string; draft: boolean }[];
  /** Every translation file that could be decoded: its MDX body is checked like a region's. */
  translationTexts: { file: string; text: string }[];
  translations: Translation[];
  topics?: { data: Topic[]; file: string; locate: Locate };
  charter?: { data: CharterFile };
  terms: Term[];
  errors: ContentError[];
  warnings: ContentError[];
}

function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

function readText(file: string, errors: ContentError[]): string | undefined {
  const name = relative(file);
  if (!existsSync(file)) {
    errors.push({ file: name, line: 1, column: 1, field: '', message: messages.fileMissing() });
    return undefined;
  }
  const decoded = decodeUtf8(name, readFileSync(file));
  if (!decoded.ok) {
    errors.push(...decoded.errors);
    return undefined;
  }
  return decoded.value;
}

export interface ReadOptions {
  /** YYYY-MM-DD that review and change dates may not pass; today in the Nordics unless a test pins it. */
  today?: string;
}

export function readContent(dir: string, { today = nordicToday() }: ReadOptions = {}): ReadResult {
  const errors: ContentError[] = [];
  const result: ReadResult = {
    regions: [],
    texts: [],
    translationTexts: [],
    translations: [],
    terms: [],
    errors,
    warnings: [],
  };

  const charterPath = path.join(dir, 'charter.yaml');
  const charterText = readText(charterPath, errors);
  if (charterText !== undefined) {
    const parsed = parseYamlFile(relative(charterPath), charterText, charterFileSchema);
    if (parsed.ok) {
      errors.push(...charterRules(relative(charterPath), parsed.value.locate, parsed.value.data));
      result.charter = { data: parsed.value.data };
    } else errors.push(...parsed.errors);
  }
  const articleNumbers = result.charter
    ? new Set(result.charter.data.groups.flatMap((group) => group.articles.map((article) => article.number)))
    : undefined;

  const topicsPath = path.join(dir, 'topics.yaml');
  const topicsText = readText(topicsPath, errors);
  if (topicsText !== undefined) {
    const parsed = parseYamlFile(relative(topicsPath), topicsText, topicsFileSchema);
    if (parsed.ok) {
      errors.push(...topicRules(relative(topicsPath), parsed.value.locate, parsed.value.data.topics, articleNumbers));
      result.topics = { data: parsed.value.data.topics, file: relative(topicsPath), locate: parsed.value.locate };
    } else errors.push(...parsed.errors);
  }

  const regionsDir = path.join(dir, 'regions');
  if (!existsSync(regionsDir)) {
    errors.push({ file: relative(regionsDir), line: 1, column: 1, field: '', message: messages.folderMissing() });
    return result;
  }
  const names = readdirSync(regionsDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  for (const name of names) {
    const filePath = path.join(regionsDir, name);
    const file = relative(filePath);
    const text = readText(filePath, errors);
    if (text === undefined) continue;
    const draft = name.startsWith('_');
    const slug = name.replace(/^_/, '').replace(/\.mdx$/, '');
    result.texts.push({ file, text, slug, draft });
    const parsed = parseFrontmatterFile(file, text, regionFrontmatterSchema);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const { data, locate, body } = parsed.value;
    result.regions.push({ file, slugFromFileName: slug, draft, data, locate, body });
  }

  const topicIds = result.topics ? new Set(result.topics.data.map((topic) => topic.id)) : undefined;
  errors.push(...regionRules(result.regions, { topicIds, articleNumbers, today }));
  // A region file with an error may hide or misfile its commitments: the author fixes that first,
  // rather than also being told that a topic's article has lost its commitment.
  const regionFilesRight = !errors.some((error) => error.file.startsWith(`${relative(regionsDir)}/`));
  if (result.topics && regionFilesRight) {
    const published = result.regions.filter((region) => !region.draft).map((region) => region.data);
    errors.push(...topicArticleRules(result.topics.file, result.topics.locate, result.topics.data, published));
  }
  readTermbase(path.join(dir, 'termbase.yaml'), result);
  readTranslations(path.join(dir, 'translations'), result);
  return result;
}

/** content/termbase.yaml, if the folder has one: a content folder without translations needs none. */
function readTermbase(termbasePath: string, result: ReadResult) {
  if (!existsSync(termbasePath)) return;
  const text = readText(termbasePath, result.errors);
  if (text === undefined) return;
  const parsed = parseYamlFile(relative(termbasePath), text, termbaseFileSchema);
  if (!parsed.ok) {
    result.errors.push(...parsed.errors);
    return;
  }
  result.errors.push(...termbaseRules(relative(termbasePath), parsed.value.locate, parsed.value.data.terms));
  result.terms = parsed.value.data.terms;
}

/** content/translations/{locale}/{slug}.mdx, each checked against the region it translates. */
function readTranslations(translationsDir: string, result: ReadResult) {
  if (!existsSync(translationsDir)) return;
  const folders = readdirSync(translationsDir).filter((name) =>
    statSync(path.join(translationsDir, name)).isDirectory(),
  );
  for (const folder of folders.sort()) {
    const names = readdirSync(path.join(translationsDir, folder)).filter((name) => name.endsWith('.mdx'));
    for (const name of names.sort()) {
      const filePath = path.join(translationsDir, folder, name);
      const file = relative(filePath);
      const text = readText(filePath, result.errors);
      if (text === undefined) continue;
      result.translationTexts.push({ file, text });
      const place = translationPlace(
        file,
        folder,
        name.replace(/\.mdx$/, ''),
        result.regions.map(({ data }) => data),
      );
      if (!('locale' in place)) {
        result.errors.push(place);
        continue;
      }
      const parsed = parseFrontmatterFile(file, text, translationFileSchema);
      if (!parsed.ok) {
        result.errors.push(...parsed.errors);
        continue;
      }
      const region = result.regions.find(({ data }) => data.slug === place.region.slug)!;
      const sources = translatableTexts(region.data, region.body);
      result.errors.push(...translationRules(file, parsed.value.locate, parsed.value.data, sources));
      const translation = toTranslation(file, place.locale, region.data.slug, parsed.value.data, parsed.value.body);
      result.translations.push(translation);
      // Only a current translation shows: an outdated one waits for its translator, terms and all.
      const states = entryStates(sources, translation);
      const misses = translationTermMisses(result.terms, states, translation, region.data.language, place.locale);
      // The narrative's first line of text, after the fields' closing --- and any blank lines.
      const { body } = parsed.value;
      const blankLines = (/^\s*/.exec(body)?.[0] ?? '').split('\n').length - 1;
      const bodyLine = text.split('\n').length - body.split('\n').length + 1 + blankLines;
      const { errors, warnings } = termMissErrors(file, parsed.value.locate, bodyLine, misses);
      result.errors.push(...errors);
      result.warnings.push(...warnings);
    }
  }
}

export function toContent(read: ReadResult): LoadResult {
  const warnings = sortErrors(read.warnings);
  if (read.errors.length > 0 || !read.topics || !read.charter) {
    return { ok: false, errors: sortErrors(read.errors), warnings };
  }
  const regions = read.regions.map(({ data, file, draft, body }) => ({ region: { ...data, file }, draft, body }));
  return {
    ok: true,
    content: {
      regions: regions.filter(({ draft }) => !draft).map(({ region }) => region),
      drafts: regions.filter(({ draft }) => draft).map(({ region }) => region),
      topics: read.topics.data,
      charter: read.charter.data,
      translations: read.translations.filter((translation) =>
        regions.some(({ region, draft }) => !draft && region.slug === translation.slug),
      ),
      sourceTexts: Object.fromEntries(
        regions.filter(({ draft }) => !draft).map(({ region, body }) => [region.slug, translatableTexts(region, body)]),
      ),
      terms: read.terms,
      warnings,
    },
  };
}

/** Reads and validates all content in `dir` (default: content/, or CONTENT_DIR). */
export function loadContent(dir: string, options?: ReadOptions): LoadResult {
  return toContent(readContent(dir, options));
}
