import { describe, expect, it } from 'vitest';

import { loadContent } from '../../lib/content/load';
import { canonicalPair, pairsToBuild, prebuiltPairs, regionPairs } from '../../lib/pairs';
import { commitmentsOn, lastReviewed } from '../../lib/region-view';

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

  it('date a page by its freshest region', () => {
    expect(lastReviewed(content.regions)).toBe('2026-02-01');
  });
});

describe('how pairs scale', () => {
  const many = Array.from({ length: 25 }, (_, index) => ({ slug: `r${String(index).padStart(2, '0')}` }));

  it('builds a page for every pair up to the configured number of regions, and only the first pair above it', () => {
    const before = process.env.PAIR_PAGES_MAX_REGIONS;
    const listBefore = process.env.LIST_PAGES_MAX_REGIONS;
    try {
      process.env.LIST_PAGES_MAX_REGIONS = '30';
      process.env.PAIR_PAGES_MAX_REGIONS = '30';
      expect(prebuiltPairs(many)).toHaveLength(300);
      expect(pairsToBuild(many)).toHaveLength(300);
      process.env.PAIR_PAGES_MAX_REGIONS = '20';
      expect(prebuiltPairs(many)).toEqual([]);
      expect(pairsToBuild(many)).toEqual([['r00', 'r01']]);
    } finally {
      if (before === undefined) delete process.env.PAIR_PAGES_MAX_REGIONS;
      else process.env.PAIR_PAGES_MAX_REGIONS = before;
      if (listBefore === undefined) delete process.env.LIST_PAGES_MAX_REGIONS;
      else process.env.LIST_PAGES_MAX_REGIONS = listBefore;
    }
  });
});
