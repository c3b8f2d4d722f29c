/**
 * Reading one content file: bytes → text → frontmatter (gray-matter) → validated data (zod),
 * or located errors. Never throws for anything a content editor can write.
 */
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { type ContentError, formatFieldPath, issueMessage, quote } from './errors';
import { closestName, knownFieldsAt } from './known-fields';
import { type Locate, yamlLocator } from './yaml-locate';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ContentError[] };

export interface ParsedFrontmatterFile<T> {
  data: T;
  /** The MDX body after the frontmatter. */
  body: string;
  locate: Locate;
}

export interface ParsedYamlFile<T> {
  data: T;
  locate: Locate;
}

function fileError(file: string, message: string, line = 1, column = 1): ContentError {
  return { file, line, column, field: '', message };
}

/** Decodes UTF-8 strictly: a file saved in another encoding would otherwise show as garbage on the site. */
export function decodeUtf8(file: string, bytes: Uint8Array): Parsed<string> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: text.replace(/^\uFEFF/, '') };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, lossy.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      ok: false,
      errors: [
        fileError(
          file,
          'the file is not saved as UTF-8 (this character cannot be read). Save the file with the encoding "UTF-8" in your editor.',
          line,
          column,
        ),
      ],
    };
  }
}

/** js-yaml's reasons, in words for someone who has not read the YAML specification. */
const YAML_HINTS: [RegExp, string][] = [
  [/bad indentation/, 'the spaces at the start of this line do not line up with the lines around it'],
  [/duplicated mapping key/, 'this field is written twice in the same place'],
  [
    /block mapping entry|multiline key|key node is missed|implicit key/,
    'this line cannot be read as "field: value"; if a text contains a colon followed by a space, put the whole text in double quotes',
  ],
  [/flow collection/, 'a list in [ ] or a group in { } is missing a comma or its closing bracket'],
  [/within a (double|single) quoted scalar|unexpected end of the stream/, 'a quotation mark is opened but never closed'],
  [/tab characters/, 'this line is indented with a tab; use spaces'],
];

function yamlReason(reason: string): string {
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(reason))?.[1];
  return hint ? `${hint} (YAML: ${reason})` : `the YAML cannot be read: ${reason}`;
}

interface YamlException {
  reason: string;
  mark: { line: number; column: number };
}

function isYamlException(error: unknown): error is YamlException {
  return (
    typeof error === 'object' &&
    error !== null &&
    'reason' in error &&
    'mark' in error &&
    typeof (error as { mark: unknown }).mark === 'object'
  );
}

/** Validates data against a schema; every issue becomes a located error in plain words. */
export function validate<S extends z.ZodType>(
  file: string,
  data: unknown,
  schema: S,
  locate: Locate,
): Parsed<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.flatMap((issue): ContentError[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownFieldsAt(schema, issue.path as (string | number)[], data);
      return issue.keys.map((key) => {
        const path = [...issue.path, key] as (string | number)[];
        const suggestion = closestName(key, known);
        const hint = suggestion ? `; did you mean ${quote(suggestion)}?` : '';
        const list = known.length > 0 ? ` Fields allowed here: ${known.join(', ')}.` : '';
        return { file, ...locate(path), field: formatFieldPath(path), message: `unknown field ${quote(key)}${hint}${list}` };
      });
    }
    const path = issue.path as (string | number)[];
    return [{ file, ...locate(path), field: formatFieldPath(path), message: issueMessage(issue) }];
  });
  return { ok: false, errors };
}

/** An .mdx file: frontmatter between --- lines, then the body. */
export function parseFrontmatterFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Parsed<ParsedFrontmatterFile<z.output<S>>> {
  if (text.trim() === '') {
    return {
      ok: false,
      errors: [fileError(file, 'the file is empty. A region file starts with a line ---, then its fields, then ---.')],
    };
  }
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return {
      ok: false,
      errors: [
        fileError(
          file,
          'the file has no frontmatter: its first line must be --- , followed by the fields, and then another line --- .',
        ),
      ],
    };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object keeps gray-matter from answering from its cache with a shared object.
    parsed = matter(text, {});
  } catch (error) {
    if (!isYamlException(error)) throw error;
    return { ok: false, errors: [fileError(file, yamlReason(error.reason), error.mark.line + 1, error.mark.column + 1)] };
  }
  const locate = yamlLocator(parsed.matter);
  if (parsed.data === null || Object.keys(parsed.data).length === 0) {
    return { ok: false, errors: [fileError(file, 'the frontmatter between the --- lines is empty.')] };
  }
  const validated = validate(file, parsed.data, schema, locate);
  if (!validated.ok) return validated;
  return { ok: true, value: { data: validated.value, body: parsed.content, locate } };
}

/** A plain .yaml data file (the topic list, the charter). */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Parsed<ParsedYamlFile<z.output<S>>> {
  const document = parseDocument(text, { prettyErrors: false });
  const locate = yamlLocator(text);
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
        return fileError(file, `the YAML cannot be read: ${error.message.split('\n')[0]}`, line, column);
      }),
    };
  }
  const validated = validate(file, document.toJS(), schema, locate);
  if (!validated.ok) return validated;
  return { ok: true, value: { data: validated.value, locate } };
}
