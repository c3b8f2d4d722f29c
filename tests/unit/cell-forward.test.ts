import { describe, expect, it } from 'vitest';

import { forwardedCell, parseParts } from '../../lib/cell-forward';

const forwarding = {
  parts: parseParts('halland:se-13 b:no-03 a-b:no-34'),
  factRows: new Set(['organisation-type', 'charter', 'plans']),
  factHref: '/sv/compare/county/{county}/',
  topicHref: '/sv/topics/{row}/county/{county}/',
};

describe("forwarding a link to a whole page's cell to its county's part", () => {
  it("sends a fact row's cell to the county's comparison, and a topic's to the topic's part", () => {
    expect(forwardedCell('#charter-halland', forwarding)).toBe('/sv/compare/county/se-13/#charter-halland');
    expect(forwardedCell('#organisation-type-halland', forwarding)).toBe(
      '/sv/compare/county/se-13/#organisation-type-halland',
    );
    expect(forwardedCell('#employer-halland', forwarding)).toBe('/sv/topics/employer/county/se-13/#employer-halland');
  });

  it('takes the longest slug that ends the id, so that a slug with a hyphen is not read as a shorter one', () => {
    expect(forwardedCell('#plans-a-b', forwarding)).toBe('/sv/compare/county/no-34/#plans-a-b');
    expect(forwardedCell('#plans-b', forwarding)).toBe('/sv/compare/county/no-03/#plans-b');
  });

  it("leaves alone an id that is no region's cell", () => {
    expect(forwardedCell('#counties', forwarding)).toBeUndefined();
    expect(forwardedCell('#charter-varmland', forwarding)).toBeUndefined();
  });
});
