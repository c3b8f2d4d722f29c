import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseFrontmatterFile, validate } from '../../lib/content/parse';
import { regionFrontmatterSchema } from '../../lib/content/schema';
import { yamlLocator } from '../../lib/content/yaml-locate';

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
];

/** Objects shaped a little like a region file: known and unknown keys, values of every kind. */
const frontmatterLike = fc.dictionary(
  fc.oneof(fc.constantFrom(...fieldNames), fc.string()),
  fc.oneof(
    fc.anything(),
    fc.date(),
    fc.array(fc.dictionary(fc.constantFrom('id', 'kind', 'status', 'source', 'period'), fc.anything())),
  ),
);

function isLocated(error: { file: string; line: number; column: number; message: string }): boolean {
  return error.file === 'x.mdx' && error.line >= 1 && error.column >= 1 && error.message.length > 0;
}

describe('validating random frontmatter', () => {
  it('never throws, and returns either data or located errors', () => {
    fc.assert(
      fc.property(frontmatterLike, (data) => {
        const result = validate('x.mdx', data, regionFrontmatterSchema, yamlLocator(''));
        return result.ok || (result.errors.length > 0 && result.errors.every(isLocated));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random text between the --- lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (yaml) => {
        const result = parseFrontmatterFile('x.mdx', `---\n${yaml}\n---\nBody\n`, regionFrontmatterSchema);
        return result.ok || (result.errors.length > 0 && result.errors.every(isLocated));
      }),
      { numRuns: 500 },
    );
  });
});
