import { z } from 'zod';

import { regionFrontmatterSchema } from './schema';
import { termbaseFileSchema } from './termbase';
import { translatablePathPattern } from './translatable';
import { translationFileSchema } from './translation-file';

/** The parts of JSON Schema that zod writes for the content model, as the generators read them. */
export interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** The region schema's mark on a text that a translation may carry (schema.ts, `translatable`). */
  translatable?: boolean;
}

/** The field that tells a group's kinds apart: the one that is a constant in every kind. */
export function discriminator(variants: JsonSchema[]): string {
  const first = variants[0]?.properties ?? {};
  return Object.keys(first).find((name) => variants.every((variant) => variant.properties?.[name]?.const)) ?? '';
}

/**
 * The region frontmatter as JSON Schema, for editors (autocomplete and hover help in the YAML header)
 * and for anyone reusing the open data. It describes what an editor writes (the schema's input side):
 * a date is text in the form YYYY-MM-DD, and fields with defaults may be left out.
 */
export function regionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(regionFrontmatterSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Jämställdhetsportalen region',
  };
}

/** The termbase's fields as JSON Schema: help in an editor while adding a term. */
export function termbaseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(termbaseFileSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Jämställdhetsportalen termbase',
  };
}

/**
 * A translation file's fields as JSON Schema: the same help in an editor as for a region file, and
 * the paths an entry may have, from the marks on the region schema's fields.
 */
export function translationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(translationFileSchema, { io: 'input', unrepresentable: 'any' });
  const entries = schema.properties?.entries;
  return {
    ...schema,
    properties: {
      ...schema.properties,
      entries: {
        ...(typeof entries === 'object' ? entries : {}),
        propertyNames: { pattern: translatablePathPattern() },
      },
    },
    title: 'Jämställdhetsportalen translation of a region',
  };
}
