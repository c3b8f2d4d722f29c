import { describe, expect, it } from 'vitest';
import { canonicalPair, cellId, commitmentsOn, lastReviewed, regionPairs } from '../../lib/compare';
import { loadContent } from '../../lib/content/load';

const result = loadContent('tests/fixtures/content/valid');
if (!result.ok) throw new Error('the valid fixture should load');
const content = result.content;

describe('the comparison views', () => {
  it('put each commitment in the cell of its topic and region, and leave a cell empty when the source is silent', () => {
    const employer = content.regions.map((region) => [region.slug, commitmentsOn(region, 'employer').map((c) => c.id)]);
    expect(employer).toEqual([
      ['alpha', ['lika-lon']],
      ['beta', []],
    ]);
  });

  it('list every pair once, in alphabetical order, and canonicalise either order', () => {
    expect(regionPairs([{ slug: 'c' }, { slug: 'a' }, { slug: 'b' }])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(canonicalPair(content, 'beta', 'alpha')?.map((region) => region.slug)).toEqual(['alpha', 'beta']);
    expect(canonicalPair(content, 'alpha', 'alpha')).toBeUndefined();
    expect(canonicalPair(content, 'alpha', 'gamma')).toBeUndefined();
  });

  it('build anchors from the row and the region slug, and date a page by its freshest region', () => {
    expect(cellId('employer', 'varmland')).toBe('employer-varmland');
    expect(lastReviewed(content.regions)).toBe('2026-02-01');
  });
});
