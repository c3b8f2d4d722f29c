/**
 * One shape and one wording for every content error, whether it comes from YAML, the schema,
 * a cross-file rule or the MDX body: "file:line:column  field.path: message", in plain words
 * for a content editor who is not a programmer.
 */
import type { core } from 'zod';

export type FieldPath = readonly (string | number)[];

export interface ContentError {
  /** Path of the file, relative to the project root, as the editor opens it. */
  file: string;
  line: number;
  column: number;
  /** The field the error is about, like plans[0].period.to; empty for errors about the whole file. */
  field: string;
  message: string;
}

/** plans[0].period.to */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    '',
  );
}

export function formatError(error: ContentError): string {
  const place = `${error.file}:${error.line}:${error.column}`;
  return error.field ? `${place}  ${error.field}: ${error.message}` : `${place}  ${error.message}`;
}

/** Errors in the order an editor would fix them: file by file, top to bottom. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

export function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** How a YAML value looks to someone who wrote it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `the text ${quote(value)}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the decimal number ${value}`;
  if (typeof value === 'boolean') return `${value} (yes/no)`;
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
  date: 'a date',
};

/** Turns one zod issue into a sentence; the caller adds the place and the field. */
export function issueMessage(issue: core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required but missing';
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, but is ${describeValue(input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(quote).join(', ')}; found ${describeValue(input)}`;
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        // zod reports the whole object as the input; the editor wrote only the discriminator's value.
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        const written = input !== null && typeof input === 'object' ? Object(input)[issue.discriminator] : input;
        return `must be one of ${options.map(quote).join(', ')}; found ${describeValue(written)}`;
      }
      return 'does not match any of the allowed forms';
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array')
        return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum}; found ${describeValue(input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `may have at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `may be at most ${issue.maximum} characters long`;
      return `must be at most ${issue.maximum}; found ${describeValue(input)}`;
    case 'invalid_format':
      // The schema words its own format messages; zod's default English names the regex.
      return issue.message;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map(quote).join(', ')}`;
    default:
      return issue.message;
  }
}
