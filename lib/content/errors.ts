/**
 * One shape and one wording for every content error, whether it comes from YAML, the schema,
 * a cross-file rule or the MDX body: "file:line:column  field.path: message", in plain words
 * for a content editor who is not a programmer.
 */
import type { core } from 'zod';

import { closestName } from './known-fields';
import { messages, quote } from './messages';

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

const TYPOGRAPHIC_QUOTES = /^[“”„‟«»‘’‚‛].*[“”„‟«»‘’‚‛]$/s;

/** A word processor's quotation marks around a value are part of the value in YAML: say so. */
export function typographicQuotesHint(input: unknown): string {
  return typeof input === 'string' && TYPOGRAPHIC_QUOTES.test(input.trim()) ? messages.typographicQuotesInValue() : '';
}

/** What to do about a value of the wrong kind, judged from what was written. */
function wrongKindHint(expected: string, input: unknown): string {
  if (typographicQuotesHint(input)) return typographicQuotesHint(input);
  if (expected === 'number' || expected === 'int') {
    if (typeof input !== 'string') return '';
    const text = input.trim();
    if (/^-?\d+(\.\d+)?$/.test(text)) return messages.numberInQuotes(text);
    if (/^-?\d+,\d+$/.test(text)) return messages.decimalComma(text.replace(',', '.'));
    if (/^\d{4}\s*[-–—]\s*\d{4}$/.test(text)) return messages.yearAsPeriod();
    if (/\d/.test(text)) return messages.numberWithWords();
    return '';
  }
  if (expected === 'array') {
    if (typeof input === 'string' && /^-\S/.test(input.trim())) {
      return messages.noSpaceAfterDash();
    }
    if (typeof input === 'string' && input.includes(',')) {
      return messages.listAsText();
    }
    if (typeof input === 'string' || typeof input === 'number') {
      return messages.singleItem(typeof input === 'string' ? quote(input) : String(input));
    }
    return '';
  }
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return messages.numberAsText(String(input));
  }
  if (expected === 'string' && input !== null && typeof input === 'object' && !Array.isArray(input)) {
    return messages.textWithColon();
  }
  if (expected === 'object' && typeof input === 'string') {
    return messages.groupAsText();
  }
  return '';
}

/** ", did you mean "SE"?" for a value that is close to an allowed one (another case, a space for a hyphen). */
function suggestion(input: unknown, allowed: readonly unknown[]): string {
  if (typeof input !== 'string') return '';
  const written = input.trim().toLowerCase().replace(/\s+/g, '-');
  const close = closestName(
    written,
    allowed.filter((value): value is string => typeof value === 'string'),
  );
  return close ? messages.didYouMean(close) : '';
}

/**
 * Turns one zod issue into a sentence; the caller adds the place and the field. Used as the error map
 * of every parse, so a schema's own wording (its `error` option) still comes first.
 */
export function issueMessage(issue: core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return messages.requiredMissing();
      if (input === null) return messages.emptyValue();
      return messages.wrongKind(
        EXPECTED[issue.expected] ?? issue.expected,
        describeValue(input),
        wrongKindHint(issue.expected, input),
      );
    case 'invalid_value':
      return messages.notOneOf(
        issue.values,
        describeValue(input),
        `${suggestion(input, issue.values)}${typographicQuotesHint(input)}`,
      );
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        // zod reports the whole object as the input; the editor wrote only the discriminator's value.
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        const written = input !== null && typeof input === 'object' ? Object(input)[issue.discriminator] : input;
        if (written === undefined) return messages.needsField(issue.discriminator, options);
        return messages.notOneOf(options, describeValue(written), suggestion(written, options));
      }
      return messages.noAllowedForm();
    case 'too_small':
      if (issue.origin === 'string') return messages.mustNotBeEmpty();
      if (issue.origin === 'array') return messages.atLeastItems(Number(issue.minimum));
      return messages.atLeast(Number(issue.minimum), describeValue(input));
    case 'too_big':
      if (issue.origin === 'array') return messages.atMostItems(Number(issue.maximum));
      if (issue.origin === 'string') return messages.atMostCharacters(Number(issue.maximum));
      return messages.atMost(Number(issue.maximum), describeValue(input));
    case 'unrecognized_keys':
      return messages.unknownFields(issue.keys);
    default:
      return messages.notValid(describeValue(input));
  }
}
