/**
 * The content guide's field tables, written from the region schema's JSON Schema: each field's
 * `.describe()` in lib/content/schema.ts is its one description, and this turns it into the Swedish
 * tables staff read (docs/content-guide.md, between the markers below). A unit test fails when the
 * committed guide differs from what the schema gives; npm run schema:generate writes it.
 */
import { discriminator, type JsonSchema, regionJsonSchema } from './json-schema';

export const fieldDocsStart =
  '<!-- Fälten nedan skrivs från lib/content/schema.ts med npm run schema:generate. Ändra dem där, inte här. -->';
export const fieldDocsEnd = '<!-- Slut på fälten från schemat. -->';

interface Section {
  path: string;
  schema: JsonSchema;
}

/** The object a field holds, if any: itself, or its list's items, as a section of its own. */
function nestedObject(schema: JsonSchema): JsonSchema | undefined {
  const inner = schema.type === 'array' ? schema.items : schema;
  if (!inner) return undefined;
  return inner.properties || inner.oneOf ? inner : undefined;
}

function valueKind(field: JsonSchema, path: string): string {
  if (field.const !== undefined) return `\`${String(field.const)}\``;
  if (field.enum) return 'ett av värdena';
  const nested = nestedObject(field);
  if (field.type === 'array') {
    if (nested) return `lista, se \`${path}[]\``;
    return field.items?.type === 'integer' ? 'lista med tal' : 'lista med texter';
  }
  if (nested) return `grupp, se \`${path}\``;
  if (field.type === 'integer') return field.minimum === 1900 && field.maximum === 2100 ? 'årtal' : 'heltal';
  if (field.type === 'number') return 'tal';
  if (field.format === 'date') return 'datum';
  if (field.format === 'uri') return 'webbadress';
  if (field.format === 'email') return 'e-postadress';
  if (field.pattern?.startsWith('^[a-z0-9]')) return 'id';
  return 'text';
}

/** A table cell: one line, with any pipe escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replaceAll('|', '\\|');
}

function table(schema: JsonSchema, path: string, children: Section[]): string[] {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([name, field]) => {
    const fieldPath = path === '' ? name : `${path}.${name}`;
    const nested = nestedObject(field);
    if (nested) children.push({ path: field.type === 'array' ? `${fieldPath}[]` : fieldPath, schema: nested });
    const description = field.description ?? nested?.description ?? '';
    const translated = field.translatable || field.items?.translatable ? ', översätts' : '';
    return `| \`${name}\` | ${required.has(name) ? 'ja' : ''} | ${valueKind(field, fieldPath)}${translated} | ${cell(description)} |`;
  });
  return ['| fält | krävs | värde | betydelse |', '| --- | --- | --- | --- |', ...rows];
}

function sectionText({ path, schema }: Section): string[] {
  const children: Section[] = [];
  const lines = [path === '' ? '### Regionen' : `### \`${path}\``, ''];
  if (schema.description && path !== '') lines.push(cell(schema.description), '');
  if (schema.oneOf) {
    const key = discriminator(schema.oneOf);
    for (const variant of schema.oneOf) {
      const value = String(variant.properties?.[key]?.const);
      lines.push(`Med \`${key}: ${value}\`: ${cell(variant.properties?.[key]?.description ?? '')}`, '');
      lines.push(...table(variant, path, children), '');
    }
  } else {
    lines.push(...table(schema, path, children), '');
  }
  // Each group follows the table that names it, before the next field's.
  return [...lines, ...children.flatMap(sectionText)];
}

/** Every field of a region file, section by section, as Markdown for the content guide. */
export function regionFieldDocs(): string {
  const lines = sectionText({ path: '', schema: regionJsonSchema() as JsonSchema });
  return [fieldDocsStart, '', ...lines, fieldDocsEnd].join('\n');
}

/** The guide with its field section replaced by what the schema gives. */
export function withFieldDocs(guide: string, docs: string): string {
  const start = guide.indexOf(fieldDocsStart);
  const end = guide.indexOf(fieldDocsEnd);
  if (start < 0 || end < start) throw new Error('The content guide has lost the markers of its field section');
  return `${guide.slice(0, start)}${docs}${guide.slice(end + fieldDocsEnd.length)}`;
}

/** The schema of the field at a path, as the guide's headings write it: "plans[].period", "charter.note". */
function schemaAt(path: string): JsonSchema | undefined {
  let schema: JsonSchema | undefined = regionJsonSchema() as JsonSchema;
  for (const segment of path.split('.')) {
    const name = segment.replace(/\[\]$/, '');
    const holder: JsonSchema | undefined = schema?.oneOf?.find((variant) => variant.properties?.[name]) ?? schema;
    schema = holder?.properties?.[name];
    if (schema && segment.endsWith('[]')) schema = schema.items;
  }
  return schema;
}

/** A field's description by its path. */
export function fieldDescription(path: string): string | undefined {
  const schema = schemaAt(path);
  return schema?.description ?? (schema && nestedObject(schema)?.description);
}

/** The fields of the group at a path, in the schema's order: every kind's, for a group of kinds. */
export function fieldNames(path: string): string[] {
  const schema = schemaAt(path);
  const variants = schema?.oneOf ?? (schema ? [schema] : []);
  return [...new Set(variants.flatMap((variant) => Object.keys(variant.properties ?? {})))];
}

/**
 * The new-region template with each "#: path" line replaced by that field's description as YAML
 * comments, and each "#+ path" line by the list of the group's fields, so that the draft staff start
 * from explains each field in the schema's words.
 */
export function withFieldComments(template: string, width = 100): string {
  const listed = template.replace(/^( *)#\+ (\S+)$/gm, (line, indent: string, path: string) => {
    const names = fieldNames(path);
    if (names.length === 0) throw new Error(`The template names a group the schema does not have: ${path}`);
    return `${indent}#   fält: ${names.join(', ')}`;
  });
  return listed.replace(/^( *)#: (\S+)$/gm, (line, indent: string, path: string) => {
    const description = fieldDescription(path);
    if (!description) throw new Error(`The template names a field the schema does not describe: ${path}`);
    const words = description.replaceAll('`', '').split(/\s+/);
    const lines: string[] = [];
    for (const word of words) {
      const last = lines.at(-1);
      if (last !== undefined && `${indent}# ${last} ${word}`.length <= width)
        lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines.map((text) => `${indent}# ${text}`).join('\n');
  });
}
