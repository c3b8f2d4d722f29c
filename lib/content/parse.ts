/**
 * Reading one content file: bytes → text → frontmatter (split off by gray-matter, read by
 * yaml-read.ts) → validated data (zod), or located errors. Never throws for anything a content
 * editor can write.
 */
import matter from 'gray-matter';
import type { z } from 'zod';

import { type ContentError, formatFieldPath, issueMessage } from './errors';
import { fieldsClose, fieldsOpen } from './frontmatter-fences';
import { closestName, knownFieldsAt } from './known-fields';
import { messages } from './messages';
import type { Locate } from './yaml-locate';
import { readYaml } from './yaml-read';

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
      errors: [fileError(file, messages.notUtf8(), line, column)],
    };
  }
}

/** Validates data against a schema; every issue becomes a located error in plain words. */
export function validate<S extends z.ZodType>(
  file: string,
  data: unknown,
  schema: S,
  locate: Locate,
): Parsed<z.output<S>> {
  const result = schema.safeParse(data, { error: issueMessage, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.flatMap((issue): ContentError[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownFieldsAt(schema, issue.path as (string | number)[], data);
      return issue.keys.map((key) => {
        const path = [...issue.path, key] as (string | number)[];
        const suggestion = closestName(key, known);
        return {
          file,
          ...locate(path),
          field: formatFieldPath(path),
          message: messages.unknownField(key, suggestion, known),
        };
      });
    }
    const path = issue.path as (string | number)[];
    const emptyListItem = issue.code === 'invalid_type' && issue.input === null && typeof path.at(-1) === 'number';
    const message = emptyListItem ? messages.emptyListItem() : issue.message;
    return [{ file, ...locate(path), field: formatFieldPath(path), message }];
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
      errors: [fileError(file, messages.fileEmpty())],
    };
  }
  if (!fieldsOpen.test(text)) {
    return {
      ok: false,
      errors: [fileError(file, messages.noFrontmatter())],
    };
  }
  if (!fieldsClose.test(text)) {
    return {
      ok: false,
      errors: [fileError(file, messages.fieldsNeverClosed())],
    };
  }
  // gray-matter only splits the file here: its own YAML reader (js-yaml) would turn 2026-02-30 into
  // 2 March and report mistakes far from where they are. The engine's result is not used.
  // A fresh options object keeps gray-matter from answering from its cache with a shared object.
  const split = matter(text, { engines: { yaml: () => ({}) } });
  const read = readYaml(file, split.matter);
  if (!read.ok) return read;
  if (read.data === null || typeof read.data !== 'object' || Object.keys(read.data).length === 0) {
    return { ok: false, errors: [fileError(file, messages.frontmatterEmpty())] };
  }
  const validated = validate(file, read.data, schema, read.locate);
  if (!validated.ok) return validated;
  return { ok: true, value: { data: validated.value, body: split.content, locate: read.locate } };
}

/** A plain .yaml data file (the topic list, the charter). */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Parsed<ParsedYamlFile<z.output<S>>> {
  const read = readYaml(file, text);
  if (!read.ok) return read;
  const validated = validate(file, read.data, schema, read.locate);
  if (!validated.ok) return validated;
  return { ok: true, value: { data: validated.value, locate: read.locate } };
}
