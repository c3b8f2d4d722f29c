import { z } from 'zod';

import type { FieldPath } from './errors';

type Schema = z.core.$ZodType;

function unwrap(schema: Schema): Schema {
  if (schema instanceof z.core.$ZodOptional || schema instanceof z.core.$ZodDefault) {
    return unwrap(schema._zod.def.innerType);
  }
  if (schema instanceof z.core.$ZodPipe) return unwrap(schema._zod.def.out);
  return schema;
}

function childAt(value: unknown, segment: string | number): unknown {
  if (Array.isArray(value) && typeof segment === 'number') return value[segment];
  if (value && typeof value === 'object') return (value as Record<string, unknown>)[String(segment)];
  return undefined;
}

/** For a discriminated union, the variant the data names; undefined when it names none. */
function variantFor(schema: z.core.$ZodDiscriminatedUnion, data: unknown): Schema | undefined {
  const discriminator = schema._zod.def.discriminator;
  const wanted = childAt(data, discriminator);
  return schema._zod.def.options.find((option) => {
    const inner = unwrap(option);
    if (!(inner instanceof z.core.$ZodObject)) return false;
    const field = inner._zod.def.shape[discriminator];
    return field instanceof z.core.$ZodLiteral && field._zod.def.values.includes(wanted as never);
  });
}

/**
 * The field names the schema allows in the object at `path` of `data`, so that an unknown field
 * can be answered with the ones that would have been right.
 */
export function knownFieldsAt(root: Schema, path: FieldPath, data: unknown): string[] {
  let schema: Schema | undefined = unwrap(root);
  let value = data;
  for (const segment of path) {
    if (schema instanceof z.core.$ZodDiscriminatedUnion) schema = variantFor(schema, value);
    if (schema instanceof z.core.$ZodObject) schema = schema._zod.def.shape[String(segment)];
    else if (schema instanceof z.core.$ZodArray) schema = schema._zod.def.element;
    else return [];
    if (!schema) return [];
    schema = unwrap(schema);
    value = childAt(value, segment);
  }
  if (schema instanceof z.core.$ZodDiscriminatedUnion) schema = variantFor(schema, value);
  return schema instanceof z.core.$ZodObject ? Object.keys(schema._zod.def.shape) : [];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known name closest to a misspelt one, if any is close enough to be a likely typo. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
}
