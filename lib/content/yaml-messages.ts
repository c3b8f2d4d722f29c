/**
 * The `yaml` package's syntax errors, in words for someone who has never read the YAML specification,
 * placed where the mistake was made rather than where YAML noticed it (an unclosed quotation mark is
 * noticed at the end of the text, an over-indented line on the line above it).
 */
import { type Document, visit, type YAMLError } from 'yaml';

import { messages } from './messages';
import type { Trap } from './yaml-traps';

const TYPOGRAPHIC_QUOTES = /[“”„‟«»]/;

interface Line {
  start: number;
  text: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, text: text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '') };
}

function nextLine(text: string, line: Line): Line | undefined {
  let start = line.start + line.text.length + 1;
  while (start < text.length) {
    const candidate = lineAt(text, start);
    if (candidate.text.trim() !== '' && !candidate.text.trim().startsWith('#')) return candidate;
    start += candidate.text.length + 1;
  }
  return undefined;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
/** "  - id: a" → the column where "id" starts, 0-based. */
const keyColumnOf = (line: string) => /^ *(?:- +)?/.exec(line)![0].length;

/** The quoted text that an unclosed quotation mark opened: the last quoted value that starts before the error. */
function openingQuote(document: Document, before: number): { offset: number; mark: string } | undefined {
  let found: { offset: number; mark: string } | undefined;
  visit(document, {
    Scalar(_key, node) {
      const start = node.range?.[0];
      if (start === undefined || start >= before) return;
      if (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return;
      if (!found || start > found.offset) found = { offset: start, mark: node.type === 'QUOTE_DOUBLE' ? '"' : "'" };
    },
  });
  return found;
}

/** The field written twice, and the line where it was written first, if it can be found above. */
function duplicateKey(text: string, offset: number): Trap {
  const line = lineAt(text, offset);
  const key = /^[^:\n]+/.exec(text.slice(offset))?.[0].trim() ?? '';
  const column = offset - line.start;
  const lines = text.slice(0, line.start).split('\n');
  const firstIndex = lines.findLastIndex(
    (candidate) => keyColumnOf(candidate) === column && candidate.slice(column).startsWith(`${key}:`),
  );
  return { offset, message: messages.duplicateField(key, firstIndex >= 0 ? firstIndex + 1 : undefined) };
}

/** A line YAML could not split into field and value: say which of the usual causes it is. */
function unreadableLine(text: string, offset: number): Trap {
  const line = lineAt(text, offset);
  const body = line.text.slice(keyColumnOf(line.text));
  const typographic = TYPOGRAPHIC_QUOTES.test(line.text);
  const noSpace = /^[A-Za-z_][\w-]*:(?=[^\s])/.exec(body);
  if (noSpace) {
    return {
      offset: line.start + keyColumnOf(line.text) + noSpace[0].length,
      message: messages.noSpaceAfterColon(noSpace[0]),
    };
  }
  const field = /^[A-Za-z_][\w-]*: +/.exec(body);
  if (field && body.slice(field[0].length).includes(': ')) {
    return {
      offset: line.start + keyColumnOf(line.text) + field[0].length,
      message: messages.colonInText(typographic),
    };
  }
  const next = nextLine(text, line);
  if (field && next && indentOf(next.text) > keyColumnOf(line.text)) {
    const name = field[0].split(':')[0] ?? '';
    return {
      offset: next.start,
      message: messages.indentedFurther(name),
    };
  }
  if (!body.includes(':')) {
    return {
      offset: line.start,
      message: messages.notFieldValue(),
    };
  }
  return { offset, message: messages.colonInText(typographic) };
}

export function explainYamlError(error: YAMLError, text: string, document: Document): Trap {
  const offset = error.pos[0];
  const reason = error.message.split('\n')[0] ?? '';
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { offset, message: messages.tabIndent() };
    case 'DUPLICATE_KEY':
      return duplicateKey(text, offset);
    case 'BAD_SCALAR_START': {
      const sign = reason.slice(-1);
      return { offset, message: messages.badStart(sign) };
    }
    case 'BAD_DQ_ESCAPE':
      return { offset, message: messages.backslashInQuotes() };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return unreadableLine(text, offset);
    case 'MULTIPLE_DOCS':
      return { offset, message: messages.documentMarkerInFields() };
    case 'UNEXPECTED_TOKEN':
      if (/block-seq-ind on same line/.test(reason)) {
        return { offset, message: messages.dashAfterColon() };
      }
      if (/scalar at node end/.test(reason)) {
        const line = lineAt(text, offset);
        const field = /^ *(?:- +)?[A-Za-z_][\w-]*: +/.exec(line.text)?.[0] ?? '';
        const value = line.text.charAt(field.length);
        if (value === '*' || value === '&' || value === '!') {
          return {
            offset: line.start + field.length,
            message: messages.badStart(value),
          };
        }
        if (value !== '"' && value !== "'") {
          return { offset, message: messages.textEndUnclear() };
        }
        return { offset, message: messages.textAfterClosingQuote() };
      }
      break;
    case 'MISSING_CHAR':
      if (/quote/.test(reason)) {
        const opening = openingQuote(document, offset);
        if (opening) {
          const closing = lineAt(text, opening.offset).text;
          return {
            offset: opening.offset,
            message: messages.quoteNeverClosed(opening.mark, TYPOGRAPHIC_QUOTES.test(closing)),
          };
        }
        return { offset, message: messages.someQuoteNeverClosed() };
      }
      if (/followed by map values/.test(reason)) return unreadableLine(text, offset);
      if (/without - indicator/.test(reason)) return { offset, message: messages.indentMismatch() };
      break;
    case 'BAD_INDENT':
      if (/Flow sequence/.test(reason)) return { offset, message: messages.flowListUnclosed() };
      if (/Flow mapping/.test(reason)) return { offset, message: messages.flowGroupUnclosed() };
      return { offset, message: messages.indentMismatch() };
  }
  return { offset, message: messages.yamlUnreadable(reason) };
}
