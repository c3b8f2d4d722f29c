import { readdirSync, readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { regionJsonSchema } from '../../lib/content/json-schema';
import { regionFrontmatterSchema } from '../../lib/content/schema';
import {
  guideFile,
  guideText,
  termbaseSchemaFile,
  termbaseSchemaText,
  translationSchemaFile,
  translationSchemaText,
} from '../../scripts/lib/generated-docs';

const committed = JSON.parse(readFileSync('public/schema/region.schema.json', 'utf8'));

/** The frontmatter as an editor's YAML tooling sees it: YAML 1.2, in which dates are text. */
function frontmatterOf(text: string): Record<string, unknown> {
  return matter(text, { engines: { yaml: (yaml) => parse(yaml) as object } }).data;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateJson = ajv.compile(committed);

const regionFiles = readdirSync('content/regions').filter((name) => name.endsWith('.mdx'));

describe('the published JSON Schema', () => {
  it('is what the zod schema generates (run npm run schema:generate after changing the schema)', () => {
    expect(committed).toEqual(regionJsonSchema());
  });

  it("and the translation files' schema are what the zod schemas generate", () => {
    expect(readFileSync(translationSchemaFile, 'utf8')).toBe(translationSchemaText());
    expect(readFileSync(termbaseSchemaFile, 'utf8')).toBe(termbaseSchemaText());
  });

  it("matches the content guide's field tables, which say the same in the same words", async () => {
    expect(readFileSync(guideFile, 'utf8')).toBe(await guideText());
  });

  it.each(regionFiles)('accepts the frontmatter of content/regions/%s, as zod does', (name) => {
    const data = frontmatterOf(readFileSync(`content/regions/${name}`, 'utf8'));
    expect(validateJson(data), ajv.errorsText(validateJson.errors)).toBe(true);
    expect(regionFrontmatterSchema.safeParse(data).success).toBe(true);
  });

  it('rejects what zod rejects: an unknown field, a wrong variant, a malformed date', () => {
    const halland = frontmatterOf(readFileSync('content/regions/halland.mdx', 'utf8'));
    const variants = [
      { ...halland, titel: 'x' },
      { ...halland, charter: { status: 'undertecknad' } },
      { ...halland, reviewed: '23/11/2026' },
    ];
    for (const variant of variants) {
      expect(validateJson(variant)).toBe(false);
      expect(regionFrontmatterSchema.safeParse(variant).success).toBe(false);
    }
  });
});
