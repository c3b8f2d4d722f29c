import { describe, expect, it } from 'vitest';

import { checkLinks } from '../../scripts/lib/link-check';

const root = 'tests/fixtures/links/site';

describe('the link checker', () => {
  it('finds exactly the broken links and anchors, and nothing else', () => {
    const result = checkLinks({ root, origin: 'https://example.org', basePath: '' });
    expect(result.pages).toBe(3);
    expect(result.broken).toEqual([
      { file: 'index.html', link: '/sv/missing/', reason: 'no such page or file' },
      { file: 'index.html', link: '/sv/about/#nowhere', reason: 'no element with id "nowhere" in sv/about/index.html' },
      { file: 'index.html', link: 'https://example.org/sv/gone/', reason: 'no such page or file' },
      { file: 'index.html', link: '/assets/missing.js', reason: 'no such page or file' },
    ]);
  });

  it('reports links that escape the base path the site is deployed under', () => {
    const result = checkLinks({ root, origin: 'https://example.org', basePath: '/portal' });
    const outside = result.broken.filter((link) => link.reason.startsWith('is outside the base path'));
    expect(outside.map((link) => link.link)).toContain('/sv/');
  });
});
