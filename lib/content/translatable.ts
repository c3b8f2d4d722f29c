/**
 * Which texts of a region file a translation may carry, read from the marks on the schema's fields,
 * each by a path that names its place by ids where the file has them ("commitments.lika-lon.statement")
 * and by position where it does not ("bodies.0.role"), with a short hash of the source's words: a
 * translation records the hash of the text it translates, and a changed source text no longer matches
 * it. Facts (ids, dates, numbers, statuses, sources, articles, topics), names and quotes carry no mark:
 * they stay the source's.
 */
import { createHash } from 'node:crypto';

import { z } from 'zod';

import { idPattern, isoDatePattern, type RegionFrontmatter, regionFrontmatterSchema } from './schema';

export interface SourceText {
  path: string;
  text: string;
}

/** The path of the MDX narrative below the fields. */
export const bodyPath = 'body';

/** Consonants only, so that YAML never reads a hash as a number or a word ("00012345", "1e5", "true"). */
const hashLetters = 'bcdfghjklmnpqrstvwxz';

/** Eight letters from SHA-256: enough to tell versions of one text apart, short enough to copy. */
export function textHash(text: string): string {
  const digest = createHash('sha256').update(text.normalize('NFC').trim()).digest();
  return [...digest.subarray(0, 8)].map((byte) => hashLetters[byte % hashLetters.length]).join('');
}

/** What a field's mark says, read through the wrappers (optional, default) it sits in. */
interface Marks {
  translatable?: boolean;
  translationKey?: 'id' | 'date';
}

function marksOf(schema: z.ZodType, inherited: Marks): Marks {
  const meta = schema.meta();
  const key = meta?.translationKey;
  return {
    ...inherited,
    ...(meta?.translatable === true && { translatable: true }),
    ...((key === 'id' || key === 'date') && { translationKey: key }),
  };
}

/** A field of a value that is a group of fields; undefined for anything else. */
function fieldOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object(value)[name] : undefined;
}

/** The variant of a group of kinds that a value is, by the discriminator's value. */
function variantOf(schema: z.ZodDiscriminatedUnion, value: unknown): z.ZodObject | undefined {
  const key = schema.def.discriminator;
  return schema.options
    .filter((option) => option instanceof z.ZodObject)
    .find((option) => {
      const field = option.shape[key];
      return field instanceof z.ZodLiteral && [...field.values].some((kind) => kind === fieldOf(value, key));
    });
}

/**
 * A copy of a value with each marked text replaced by what `replace` makes of it and its path, found by
 * walking the schema beside the value. Everything else is kept as it is.
 */
function mapMarked(
  schema: z.ZodType,
  value: unknown,
  replace: (path: string, text: string) => unknown,
  path: string[] = [],
  inherited: Marks = {},
): unknown {
  const marks = marksOf(schema, inherited);
  if (value === undefined || value === null) return value;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    const inner = schema.unwrap();
    return inner instanceof z.ZodType ? mapMarked(inner, value, replace, path, marks) : value;
  }
  if (marks.translatable && typeof value === 'string') return replace(path.join('.'), value);
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const variant = variantOf(schema, value);
    if (!variant) throw new Error(`translatable.ts: no variant of ${path.join('.') || 'the region'} fits its value`);
    return mapMarked(variant, value, replace, path);
  }
  if (schema instanceof z.ZodObject && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, child]) => {
        const field = schema.shape[name];
        return [name, field instanceof z.ZodType ? mapMarked(field, child, replace, [...path, name]) : child];
      }),
    );
  }
  if (schema instanceof z.ZodArray && schema.element instanceof z.ZodType && Array.isArray(value)) {
    const element = schema.element;
    return value.map((item, index) => {
      const key = marks.translationKey ? String(fieldOf(item, marks.translationKey)) : String(index);
      return mapMarked(element, item, replace, [...path, key]);
    });
  }
  return leaf(schema, value);
}

/** What holds no text of its own below it: a text, number, choice or constant. */
const leafKinds = new Set(['string', 'number', 'literal', 'enum', 'boolean']);

/**
 * A value the walk passes as it is, once it knows the schema holds nothing marked below it: a kind of
 * schema the walk does not know (a union, a record, a transform) would otherwise let a marked text go
 * by unlocalised while its type says it is, so it stops the build instead.
 */
function leaf<T>(schema: z.ZodType, value: T): T {
  if (!leafKinds.has(schema.def.type)) {
    throw new Error(
      `translatable.ts: the walk does not know a schema of kind ${schema.def.type}; teach it, or use a kind it knows`,
    );
  }
  return value;
}

/**
 * A region's frontmatter with each marked text replaced by what `replace` makes of it and its path:
 * how a page gets a region in its own locale (localise.ts).
 */
export function mapTranslatable(region: RegionFrontmatter, replace: (path: string, text: string) => unknown): unknown {
  return mapMarked(regionFrontmatterSchema, region, replace);
}

/** How an item of a list is named in a path: its id, its date (as the schema writes them), or its position. */
const keyPatterns = {
  id: idPattern.source.replace(/^\^|\$$/g, ''),
  date: isoDatePattern.source.replace(/^\^|\$$/g, ''),
  index: '\\d+',
};

/** The paths of every marked field the schema can hold, as regular expressions relative to it. */
function pathPatterns(schema: z.ZodType, inherited: Marks = {}): string[] {
  const marks = marksOf(schema, inherited);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    const inner = schema.unwrap();
    return inner instanceof z.ZodType ? pathPatterns(inner, marks) : [];
  }
  if (marks.translatable) return [''];
  const below = (prefix: string, patterns: string[]) =>
    patterns.map((pattern) => (pattern === '' ? prefix : `${prefix}\\.${pattern}`));
  if (schema instanceof z.ZodDiscriminatedUnion) {
    return [
      ...new Set(schema.options.flatMap((option) => (option instanceof z.ZodObject ? pathPatterns(option) : []))),
    ];
  }
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([name, field]) =>
      field instanceof z.ZodType ? below(name, pathPatterns(field)) : [],
    );
  }
  if (schema instanceof z.ZodArray && schema.element instanceof z.ZodType) {
    return below(keyPatterns[marks.translationKey ?? 'index'], pathPatterns(schema.element));
  }
  return leaf(schema, []);
}

/** Every path a translation's entry may have, as one regular expression: for the translation files' JSON Schema. */
export function translatablePathPattern(): string {
  return `^(?:${[...pathPatterns(regionFrontmatterSchema)].join('|')})$`;
}

/**
 * Every translatable text of a region, in the schema's order of fields; the narrative last. A text is
 * translatable when its field carries the mark (schema.ts, `translatable`); an item of a list is named
 * by its id or date where the list says so, by its position otherwise.
 */
export function translatableTexts(region: RegionFrontmatter, body: string): SourceText[] {
  const texts: SourceText[] = [];
  mapTranslatable(region, (path, text) => texts.push({ path, text }));
  return body.trim() === '' ? texts : [...texts, { path: bodyPath, text: body }];
}
