/**
 * The web editor's form for a region file, written from the region schema's JSON Schema: each
 * field's title and description in lib/content/schema.ts become its label and hint, so the form says
 * what the content guide says. Decap CMS widgets cannot express every rule of the schema (a field
 * that depends on another field's value, a reference to another part of the file); those stay with
 * the content check, and the field's hint says what the rule is.
 */
import { discriminator, type JsonSchema } from '../content/json-schema';

/** One field of Decap CMS's configuration: its name, label and widget, and the widget's options. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  [option: string]: unknown;
}

/** Choices the schema leaves as free text but the content fixes: topic ids, charter articles, municipalities. */
export interface Choices {
  topics: { label: string; value: string }[];
  articles: { label: string; value: number }[];
  municipalities: { label: string; value: string }[];
}

/** Fields that hold sentences: a growing text box rather than a one-line one. */
const proseFields = new Set([
  'summary',
  'description',
  'statement',
  'quote',
  'note',
  'role',
  'purpose',
  'activity',
  'membersNote',
  'periodNote',
  'revision',
  'dateNote',
  'asOfNote',
  'label',
  'text',
  'goals',
]);

/** Fields whose items are best named by these, in this order, in a folded list. */
const summaryFields = ['id', 'name', 'title', 'date', 'label', 'activity'];

const idPatternMessage = 'Bara a–z, siffror och enkla bindestreck, till exempel lika-lon.';
const datePatternMessage = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-23.';

/** Where a field is, for the few fields whose choices come from the content rather than the schema. */
function choicesFor(name: string, schema: JsonSchema, choices: Choices): Partial<EditorField> | undefined {
  if (name === 'topic') return { widget: 'select', options: choices.topics };
  if (name === 'articles' && schema.items?.type === 'integer') {
    return { widget: 'select', multiple: true, options: choices.articles };
  }
  if (name === 'municipalities') return { widget: 'select', multiple: true, options: choices.municipalities };
  if (name === 'source') return { widget: 'file-reference', list: 'sources' };
  if (name === 'replaces') return { widget: 'file-reference', list: 'plans' };
  return undefined;
}

function scalarWidget(name: string, schema: JsonSchema): Partial<EditorField> {
  if (schema.enum) return { widget: 'select', options: schema.enum.map(String) };
  if (schema.type === 'integer' || schema.type === 'number') {
    const bounded = (limit: number | undefined) => limit !== undefined && Math.abs(limit) < Number.MAX_SAFE_INTEGER;
    return {
      widget: 'number',
      value_type: schema.type === 'integer' ? 'int' : 'float',
      ...(bounded(schema.minimum) && { min: schema.minimum }),
      ...(bounded(schema.maximum) && { max: schema.maximum }),
    };
  }
  if (schema.format === 'date') return { widget: 'string', pattern: [schema.pattern, datePatternMessage] };
  if (schema.pattern?.startsWith('^[a-z0-9]')) return { widget: 'string', pattern: [schema.pattern, idPatternMessage] };
  return { widget: proseFields.has(name) ? 'text' : 'string' };
}

/** The name of a list item in the folded list: its first identifying field. */
function summaryOf(item: JsonSchema): string | undefined {
  const names = new Set((item.oneOf ?? [item]).flatMap((variant) => Object.keys(variant.properties ?? {})));
  const field = summaryFields.find((name) => names.has(name));
  return field && `{{fields.${field}}}`;
}

/** Each kind of a union: the value its key takes, and its Swedish name. */
function kindsOf(variants: JsonSchema[], key: string): { value: string; label: string; variant: JsonSchema }[] {
  return variants.map((variant) => {
    const kind = variant.properties?.[key];
    return { value: String(kind?.const), label: kind?.title ?? String(kind?.const), variant };
  });
}

/** "«Undertecknad»: Förklaring (krävs), Citat, Källa (krävs)" for each kind of a union. */
function unionRule(variants: JsonSchema[], key: string): string {
  const kinds = kindsOf(variants, key).map(({ label, variant }) => {
    const own = Object.entries(variant.properties ?? {}).filter(([name]) => name !== key);
    const required = new Set(variant.required ?? []);
    const fields = own.map(([name, field]) => `${field.title ?? name}${required.has(name) ? ' (krävs)' : ''}`);
    return fields.length === 0 ? `«${label}»: inga fler fält` : `«${label}»: ${fields.join(', ')}`;
  });
  return `Vilka fält som hör till vilket val: ${kinds.join('; ')}. Fyll bara i valets fält; innehållskontrollen säger till om något fattas eller är för mycket.`;
}

function hintOf(schema: JsonSchema, extra?: string): string | undefined {
  const text = [schema.description, extra].filter(Boolean).join(' ');
  return text === '' ? undefined : text;
}

function withoutKey(properties: Record<string, JsonSchema> | undefined, key: string): Record<string, JsonSchema> {
  return Object.fromEntries(Object.entries(properties ?? {}).filter(([name]) => name !== key));
}

/** A union of kinds as one group: the kind as a choice, then every kind's fields, each optional. */
function unionFields(variants: JsonSchema[], key: string, choices: Choices): EditorField[] {
  const kindChoice: EditorField = {
    name: key,
    label: 'Val',
    widget: 'select',
    options: kindsOf(variants, key).map(({ label, value }) => ({ label, value })),
  };
  const others = new Map<string, JsonSchema>();
  for (const variant of variants) {
    for (const [field, fieldSchema] of Object.entries(withoutKey(variant.properties, key))) {
      if (!others.has(field)) others.set(field, fieldSchema);
    }
  }
  return [kindChoice, ...[...others].map(([field, fieldSchema]) => editorField(field, fieldSchema, false, choices))];
}

/** One field of the form, from the field's JSON Schema. */
export function editorField(name: string, schema: JsonSchema, required: boolean, choices: Choices): EditorField {
  const label = schema.title ?? name;
  const hint = hintOf(schema);
  const common = { name, label, ...(required ? {} : { required: false }), ...(hint && { hint }) };
  const chosen = choicesFor(name, schema, choices);
  if (chosen) return { ...common, widget: 'string', ...chosen };
  if (schema.oneOf) {
    const key = discriminator(schema.oneOf);
    return {
      ...common,
      widget: 'object',
      hint: hintOf(schema, unionRule(schema.oneOf, key)),
      fields: unionFields(schema.oneOf, key, choices),
    };
  }
  if (schema.type === 'array') {
    const items = schema.items ?? {};
    const summary = summaryOf(items);
    const list = {
      ...common,
      widget: 'list',
      ...(items.title && { label_singular: items.title.toLowerCase() }),
      ...(summary && { summary }),
    };
    if (items.oneOf) {
      // Decap's typed list: each kind its own group of fields, and the kind written by the list itself.
      const key = discriminator(items.oneOf);
      return {
        ...list,
        typeKey: key,
        types: kindsOf(items.oneOf, key).map(({ value, label: kindLabel, variant }) => ({
          name: value,
          label: kindLabel,
          widget: 'object',
          fields: fieldsOf({ ...variant, properties: withoutKey(variant.properties, key) }, choices),
        })),
      };
    }
    if (items.properties) {
      return {
        ...list,
        collapsed: true,
        ...(schema.minItems !== undefined && { min: schema.minItems }),
        fields: fieldsOf(items, choices),
      };
    }
    return { ...list, field: { name: 'item', label, widget: scalarWidget(name, items).widget ?? 'string' } };
  }
  if (schema.properties) return { ...common, widget: 'object', fields: fieldsOf(schema, choices) };
  return { ...common, widget: 'string', ...scalarWidget(name, schema) };
}

/** The fields of an object, in the schema's order. A field with a default may be left empty. */
export function fieldsOf(schema: JsonSchema, choices: Choices): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) =>
    editorField(name, field, required.has(name) && field.default === undefined, choices),
  );
}
