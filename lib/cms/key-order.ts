/**
 * The order the editor writes a file's keys in: the form's field order, at every depth. Decap CMS
 * holds an entry in Immutable maps, which forget the order of more than eight keys, so without this a
 * save would shuffle a plan's fields and a one-field edit would be a many-line diff. The editor's save
 * hook (lib/cms/browser/editor.ts) and npm run content:format both write files in this order.
 */
export interface FieldOrder {
  name: string;
  widget?: string;
  fields?: FieldOrder[];
  field?: FieldOrder;
  types?: FieldOrder[];
  typeKey?: string;
}

type Data = Record<string, unknown>;

/** A group of fields: an object that is not a list (YAML and Decap CMS give both as objects). */
export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's keys: the fields' first, in their order; any others after, as they were. */
function ordered(data: Data, fields: FieldOrder[], first: string[] = [], paths?: string[]): Data {
  const names = [...first, ...fields.map((field) => field.name), ...(paths ?? [])];
  const known = names.filter((name) => Object.hasOwn(data, name));
  const rest = Object.keys(data).filter((name) => !names.includes(name));
  const byName = new Map(fields.map((field) => [field.name, field]));
  return Object.fromEntries(
    [...new Set([...known, ...rest])].map((name) => [name, orderValue(data[name], byName.get(name))]),
  );
}

function orderItem(item: unknown, field: FieldOrder): unknown {
  if (!isRecord(item)) return item;
  if (field.types) {
    const typeKey = field.typeKey ?? 'type';
    const type = field.types.find((candidate) => candidate.name === item[typeKey]);
    return ordered(item, type?.fields ?? [], [typeKey]);
  }
  return ordered(item, field.fields ?? []);
}

function orderValue(value: unknown, field: FieldOrder | undefined): unknown {
  if (!field) return value;
  if (Array.isArray(value)) return value.map((item) => orderItem(item, field));
  if (isRecord(value) && field.fields) return ordered(value, field.fields);
  return value;
}

/**
 * A file's data with its keys in the form's order. `entryPaths` orders the keys of a translation's
 * entries: by the region file's order of texts, each as text, then of.
 */
export function orderKeys(data: Data, fields: FieldOrder[], entryPaths?: string[]): Data {
  const result = ordered(data, fields);
  if (entryPaths && isRecord(result.entries)) {
    const entries = ordered(result.entries, [], [], entryPaths);
    result.entries = Object.fromEntries(
      Object.entries(entries).map(([path, entry]) => [
        path,
        isRecord(entry) ? ordered(entry, [], ['text', 'of']) : entry,
      ]),
    );
  }
  return result;
}
