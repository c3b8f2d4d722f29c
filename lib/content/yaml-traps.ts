/**
 * Mistakes that YAML either reads without a word, so that text is lost or changed on the site, or
 * reports far from their cause: spaces that are not spaces, tabs, a " #" inside a text, and texts
 * that start with YAML's own signs (&, *, !). A person typing in a text editor or pasting from a word
 * processor makes all of them.
 */
import { type Document, Lexer, visit } from 'yaml';

import { messages } from './messages';

export interface Trap {
  /** Offset in the text where the mistake is. */
  offset: number;
  message: string;
}

/** Non-breaking, narrow and zero-width spaces: Word and web pages put them where a space was typed. */
const UNUSUAL_SPACE = /[\u00a0\u2007\u202f\u200b\u2060\ufeff]/;
const INDENT = /^[ \t\u00a0\u2007\u202f\u200b\u2060\ufeff]*/;
/** "- ", "name:" or "- name:" with whatever spaces surround the dash and the colon. */
const MARKER =
  /^(-[\u00a0\u2007\u202f\u200b\u2060]|(?:- +)?[A-Za-z_][\w-]*[\u00a0\u2007\u202f\u200b\u2060]*:[\u00a0\u2007\u202f\u200b\u2060]?)/;

/** The spacing mistake on one line, if any, with its column (0-based). */
function lineTrap(line: string): { column: number; message: string } | undefined {
  const indent = INDENT.exec(line)![0];
  const rest = line.slice(indent.length).replace(/\r$/, '');
  if (rest === '' || rest.startsWith('#')) return undefined;
  if (indent.includes('\t')) {
    return { column: indent.indexOf('\t'), message: messages.tabIndent() };
  }
  if (UNUSUAL_SPACE.test(indent)) {
    return {
      column: indent.search(UNUSUAL_SPACE),
      message: messages.unusualSpaceAtStart(),
    };
  }
  const marker = MARKER.exec(rest)?.[0];
  if (marker === undefined || !UNUSUAL_SPACE.test(marker)) return undefined;
  const sign = marker.includes(':') ? 'colon' : 'dash';
  return {
    column: indent.length + marker.search(UNUSUAL_SPACE),
    message: messages.unusualSpaceAtMarker(sign),
  };
}

/**
 * Tabs and unusual spaces where YAML needs ordinary spaces: at the start of a line, and around the
 * colon or dash that make a line a field or a list item. Inside a text they are left alone.
 */
export function spacingTraps(text: string): Trap[] {
  const traps: Trap[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const trap = lineTrap(line);
    if (trap) traps.push({ offset: lineStart + trap.column, message: trap.message });
    lineStart += line.length + 1;
  }
  return traps;
}

/** The lexer's markers for documents, flow ends and scalars take no room in the text. */
const ZERO_WIDTH_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * A " #" followed by a word ("Plan #2", "#metoo") starts a YAML comment, so the rest of the line
 * vanishes from the text without an error. A comment that starts "# " is taken as meant.
 */
function commentTraps(text: string): Trap[] {
  const traps: Trap[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (ZERO_WIDTH_TOKENS.has(token)) continue;
    if (token.startsWith('#') && /^#[^\s#]/.test(token)) {
      const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
      if (before.trim() !== '') {
        traps.push({
          offset,
          message: messages.commentInText(),
        });
      }
    }
    offset += token.length;
  }
  return traps;
}

/** &, * and ! at the start of a value are YAML's anchors, references and tags, never text. */
function signTraps(text: string, document: Document): Trap[] {
  const traps: Trap[] = [];
  const startsWith = messages.signAtStart;
  visit(document, {
    Node(_key, node) {
      if (node.anchor && node.range) {
        traps.push({ offset: text.lastIndexOf('&', node.range[0]), message: startsWith('&') });
      }
    },
    Alias(_key, node) {
      if (node.range) traps.push({ offset: node.range[0], message: startsWith('*') });
    },
  });
  for (const warning of document.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') traps.push({ offset: warning.pos[0], message: startsWith('!') });
  }
  return traps;
}

/** What a YAML text that YAML itself accepted still holds of the mistakes above, with their lines. */
export function silentTraps(text: string, document: Document): Trap[] {
  return [...commentTraps(text), ...signTraps(text, document)];
}
