/**
 * Reading YAML as a person typed it: its values, or every mistake, located and in plain words.
 *
 * The `yaml` package reads YAML 1.2, in which an unquoted 2026-02-30 stays text for the schema to
 * refuse (js-yaml, gray-matter's own reader, turns it into 2 March without a word), and it says where
 * each mistake is. Some mistakes YAML accepts silently; yaml-traps.ts finds those.
 */
import { LineCounter, parseDocument } from 'yaml';

import type { ContentError } from './errors';
import { type Locate, yamlLocator } from './yaml-locate';
import { explainYamlError } from './yaml-messages';
import { silentTraps, spacingTraps, type Trap } from './yaml-traps';

export type YamlRead = { ok: true; data: unknown; locate: Locate } | { ok: false; errors: ContentError[] };

/**
 * @param text the YAML, with as many lines before it as the file has before it (the frontmatter
 *   starts with the rest of its --- line), so that line numbers are the file's.
 */
export function readYaml(file: string, text: string): YamlRead {
  const lineCounter = new LineCounter();
  const located = (traps: Trap[]): YamlRead => {
    const errors = traps.map(({ offset, message }): ContentError => {
      const { line, col } = lineCounter.linePos(offset);
      return { file, line, column: col, field: '', message };
    });
    // One mistake often confuses YAML about the rest of its line: one message per line is enough.
    const firstPerLine = errors.filter(
      (error, index) => errors.findIndex((other) => other.line === error.line) === index,
    );
    return { ok: false, errors: firstPerLine };
  };

  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const spacing = spacingTraps(text);
  if (spacing.length > 0) return located(spacing);
  // After its first syntax error YAML's reading of the rest is a guess, and so are its further errors.
  const [firstError] = document.errors;
  if (firstError) return located([explainYamlError(firstError, text, document)]);
  const silent = silentTraps(text, document);
  if (silent.length > 0) return located(silent);
  return { ok: true, data: document.toJS(), locate: yamlLocator(document, lineCounter) };
}
