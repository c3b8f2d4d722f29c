/**
 * The file formats the editor registers with Decap CMS (lib/cms/browser/editor.ts), by the name the
 * configuration's collections give them. Each writes lib/cms/file-format.ts's form with its own first
 * line, which points text editors to the file's JSON Schema.
 */
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
