/**
 * The files written from the region schema, as they should be committed: the JSON Schema and the
 * content guide with its field tables. npm run schema:generate writes them; a unit test compares.
 */
import { readFileSync } from 'node:fs';

import { format, resolveConfig } from 'prettier';

import { regionFieldDocs, withFieldDocs } from '../../lib/content/field-docs';
import { regionJsonSchema, translationJsonSchema } from '../../lib/content/json-schema';

export const schemaFile = 'public/schema/region.schema.json';
export const translationSchemaFile = 'public/schema/translation.schema.json';
export const guideFile = 'docs/content-guide.md';

export function schemaText(): string {
  return `${JSON.stringify(regionJsonSchema(), null, 2)}\n`;
}

export function translationSchemaText(): string {
  return `${JSON.stringify(translationJsonSchema(), null, 2)}\n`;
}

/** The guide with the schema's field tables, formatted as the repository's Prettier formats it. */
export async function guideText(): Promise<string> {
  const guide = withFieldDocs(readFileSync(guideFile, 'utf8'), regionFieldDocs());
  return format(guide, { ...(await resolveConfig(guideFile)), filepath: guideFile });
}
