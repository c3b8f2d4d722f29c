/**
 * The file formats the editor registers with Decap CMS (lib/cms/browser/editor.ts), by the name the
 * configuration's collections give them. Each writes lib/cms/file-format.ts's form with its own first
 * line, which points text editors to the file's JSON Schema.
 */
import type { FileForm } from './file-format';
import type { FieldOrder } from './key-order';

export const contentFormats = {
  region: {
    name: 'region-mdx',
    firstLine: 'yaml-language-server: $schema=../../public/schema/region.schema.json',
  },
  translation: {
    name: 'translation-mdx',
    firstLine: 'yaml-language-server: $schema=../../../public/schema/translation.schema.json',
  },
} as const;

/** How a collection's files are written: its fields' order and its format's first line. */
export function fileForm(collection: { format: string; fields: FieldOrder[] }): FileForm {
  const format = Object.values(contentFormats).find((candidate) => candidate.name === collection.format);
  if (!format) throw new Error(`No file format is named ${collection.format}`);
  return { fields: collection.fields, firstLine: format.firstLine };
}
