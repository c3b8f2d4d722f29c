/**
 * How the web editor reads and writes a content file: the YAML fields between --- lines, then the MDX
 * text. Decap CMS's own frontmatter format would rewrite a whole file on its first save (it drops
 * comments and blank lines, folds long text differently and writes keys in the order an Immutable
 * map happens to hold them), so the editor uses this one (lib/cms/browser/editor.ts), and npm run
 * content:format writes every file in the same form. A one-field edit is then a one-field diff.
 */
import { Document, isMap, isScalar, isSeq, type Node, parse, type Scalar, visit } from 'yaml';

import { fieldsClose, fieldsOpen } from '../content/frontmatter-fences';
import { type FieldOrder, isRecord, orderKeys } from './key-order';

/** Where long text is folded, as the files were written by hand. */
const lineWidth = 100;

export interface FileForm {
  fields: FieldOrder[];
  /** The comment on the file's first line: it points text editors to the JSON Schema. */
  firstLine: string;
}

/**
 * The YAML between the --- lines and the text after them, the lines found as the content check finds
 * them: a Windows checkout's CRLF line ends and a leading byte-order mark are read too, and written back
 * as LF, which git's line-end setting turns back on checkout.
 */
function split(text: string): { yaml: string; body: string } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const open = fieldsOpen.exec(normalised);
  if (!open) return { yaml: '', body: normalised };
  // From the opening line's own line end, so that a file with no fields at all closes too.
  const close = fieldsClose.exec(normalised.slice(open[0].length - 1));
  if (!close) return { yaml: normalised.slice(open[0].length), body: '' };
  const yamlEnd = open[0].length - 1 + close.index;
  return { yaml: normalised.slice(open[0].length, yamlEnd + 1), body: normalised.slice(yamlEnd + close[0].length) };
}

/** A file's fields, with its MDX text under `body` as Decap CMS expects it (left out when empty). */
export function readContentFile(text: string): Record<string, unknown> {
  const { yaml, body } = split(text);
  const parsed: unknown = parse(yaml);
  // A header that is not a set of fields is left for the content check to explain; the form shows none.
  const fields = isRecord(parsed) ? parsed : {};
  return body.trim() === '' ? fields : { ...fields, body };
}

/**
 * The data without what the form leaves behind when a field is emptied: Decap CMS keeps "" for a text,
 * null for a choice and a number, and {} or [] for a group or list. A file leaves such fields out.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

function collectionDepth(path: readonly unknown[]): number {
  return path.filter((node) => isMap(node) || isSeq(node)).length - 1;
}

/** Folds a text that would run past the line width, as `>-`; shorter ones stay on their key's line. */
function foldIfLong(scalar: Scalar, column: number): void {
  if (typeof scalar.value === 'string' && column + scalar.value.length > lineWidth) scalar.type = 'BLOCK_FOLDED';
}

/** A file in the form every content file is written in (see the comment at the top). */
export function writeContentFile(data: Record<string, unknown>, form: FileForm, entryPaths?: string[]): string {
  const { body, ...fields } = data;
  const kept = withoutEmpty(fields);
  const document = new Document(orderKeys(isRecord(kept) ? kept : {}, form.fields, entryPaths));
  if (isMap(document.contents)) {
    const first = document.contents.items[0]?.key;
    // On the first key rather than the document, which would put a blank line after it.
    if (isScalar(first)) first.commentBefore = ` ${form.firstLine}`;
    document.contents.items.forEach((pair, index) => {
      const value = pair.value as Node | null;
      if (index > 0 && (isMap(value) || isSeq(value)) && isScalar(pair.key)) pair.key.spaceBefore = true;
    });
  }
  visit(document, {
    Pair(_, pair, path) {
      if (isScalar(pair.value) && isScalar(pair.key)) {
        foldIfLong(pair.value, 2 * collectionDepth(path) + String(pair.key.value).length + 2);
      }
    },
    Seq(_, seq, path) {
      if (seq.items.length > 0 && seq.items.every((item) => isScalar(item) && typeof item.value === 'number')) {
        seq.flow = true;
      }
      for (const item of seq.items) if (isScalar(item)) foldIfLong(item, 2 * (collectionDepth(path) + 1) + 2);
    },
  });
  const yaml = document.toString({ lineWidth, minContentWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n${typeof body === 'string' ? body : ''}`;
}
