import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import type { ContentError } from '../../lib/content/errors';
import { parseFrontmatterFile } from '../../lib/content/parse';
import { regionFrontmatterSchema } from '../../lib/content/schema';

const fieldNames = [
  'slug',
  'name',
  'country',
  'language',
  'summary',
  'reviewed',
  'organisations',
  'charter',
  'plans',
  'commitments',
  'sources',
  'figures',
  'id',
  'kind',
  'status',
  'source',
  'period',
];

/** Keys YAML writes as they are, so that a line can be recognised by its key. */
const key = fc.oneof(fc.constantFrom(...fieldNames), fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/));
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));

/** Objects shaped a little like a region file: known and unknown keys, values of every kind, nested. */
const { frontmatter } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 3 }), tie('frontmatter')),
  frontmatter: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
}));

/** What a located error must point at: the line of the deepest part of its path that the data has. */
function anchorOf(data: unknown, path: readonly (string | number)[]): string | number | undefined {
  let value = data;
  let anchor: string | number | undefined;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !(segment in value)) break;
    anchor = segment;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return anchor;
}

function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] ? Number(match[2]) : match[1]!));
}

function pointsAtItsField(error: ContentError, data: unknown, lines: string[]): boolean {
  const line = lines[error.line - 1];
  if (line === undefined || error.column < 1) return false;
  if (error.field === '') return true;
  const anchor = anchorOf(data, fieldPath(error.field));
  if (anchor === undefined) return error.line === 2;
  return typeof anchor === 'number'
    ? /^\s*- /.test(line)
    : line.trimStart().replace(/^- /, '').startsWith(`${anchor}:`);
}

describe('validating random frontmatter', () => {
  it('never throws, and every error points at the line of its field', () => {
    fc.assert(
      fc.property(frontmatter, (data) => {
        const text = `---\n${stringify(data)}---\nBody\n`;
        const result = parseFrontmatterFile('x.mdx', text, regionFrontmatterSchema);
        if (result.ok) return true;
        const lines = text.split('\n');
        const stray = result.errors.filter((error) => error.file !== 'x.mdx' || !pointsAtItsField(error, data, lines));
        expect(stray, text).toEqual([]);
        return result.errors.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text between the --- lines, and places every error inside the file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (yaml) => {
        const text = `---\n${yaml}\n---\nBody\n`;
        const result = parseFrontmatterFile('x.mdx', text, regionFrontmatterSchema);
        const lineCount = text.split('\n').length;
        return (
          result.ok ||
          (result.errors.length > 0 &&
            result.errors.every(
              (error) =>
                error.file === 'x.mdx' &&
                error.line >= 1 &&
                error.line <= lineCount &&
                error.column >= 1 &&
                error.message !== '',
            ))
        );
      }),
      { numRuns: 500 },
    );
  });
});
