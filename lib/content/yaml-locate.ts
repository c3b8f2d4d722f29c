import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

import type { FieldPath } from './errors';

export interface Position {
  line: number;
  column: number;
}

export type Locate = (path: FieldPath) => Position;

/**
 * Where each field of a YAML text sits, so that an error can name a line and a column: from the
 * document the `yaml` package read the values from (lib/content/yaml-read.ts), with its line counter.
 *
 * A path points at the key of its last field ("to" in plans[0].period.to) or at the list item;
 * a path that runs past what the text holds (a missing field) points at the deepest part that exists.
 */
export function yamlLocator(document: Document, lineCounter: LineCounter): Locate {
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const firstContentOffset = document.contents?.range?.[0] ?? 0;

  return (path) => {
    let node: Node | null | undefined = document.contents as Node | null;
    let offset = firstContentOffset;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return at(offset);
  };
}
