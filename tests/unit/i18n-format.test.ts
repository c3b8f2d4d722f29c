import { describe, expect, it } from 'vitest';

import { getDictionary } from '../../lib/i18n';
import { fill, plural } from '../../lib/i18n/format';
import { locales } from '../../lib/i18n/locales';

describe('putting values into the words', () => {
  it('fills every placeholder it has a value for, and leaves the others for later', () => {
    expect(fill('{a} och {b} sida vid sida', { a: 'Halland', b: 'Värmland' })).toBe(
      'Halland och Värmland sida vid sida',
    );
    expect(fill('{a} och {b}', { a: 'Halland' })).toBe('Halland och {b}');
  });

  it("chooses the form by the locale's plural rules, and the zero form for none", () => {
    const forms = getDictionary('en').search.results;
    expect([0, 1, 2, 21].map((count) => plural(forms, count, 'en', { query: 'lön' }))).toEqual([
      'No results for “lön”.',
      '1 result for “lön”.',
      '2 results for “lön”.',
      '21 results for “lön”.',
    ]);
    expect(plural({ one: 'ett', other: '{count} stycken' }, 1, 'sv')).toBe('ett');
    expect(plural({ one: 'ett', other: '{count} stycken' }, 0, 'sv')).toBe('0 stycken');
  });

  it("says 'not mentioned in the source' in one way per locale, the charter status included", () => {
    for (const locale of locales) {
      const t = getDictionary(locale);
      expect(t.charterStatus['not-mentioned']).toBe(t.source.notMentioned);
    }
  });
});
