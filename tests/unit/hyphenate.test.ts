import { describe, expect, it } from 'vitest';

import { hyphenateLongWords } from '@/lib/hyphenate';

const shy = '\u00AD';

describe('soft hyphens in long words', () => {
  it('breaks a Swedish compound between its syllables, and leaves the words around it alone', () => {
    const text = 'Umeåregionens jämställdhetsarbetsgrupp samordnar arbetet.';
    const hyphenated = hyphenateLongWords(text, 'sv');
    expect(hyphenated.replaceAll(shy, '')).toBe(text);
    expect(hyphenated).toContain(`jäm${shy}ställd${shy}hets`);
    expect(hyphenated).toContain(' samordnar arbetet.');
  });

  it('uses the Norwegian patterns for bokmål and nynorsk', () => {
    for (const language of ['nb', 'nn'] as const) {
      const hyphenated = hyphenateLongWords('likestillingsarbeidet', language);
      expect(hyphenated).toContain(shy);
      expect(hyphenated.replaceAll(shy, '')).toBe('likestillingsarbeidet');
    }
  });

  it('leaves words under fifteen letters whole', () => {
    expect(hyphenateLongWords('Jämställdheten är viktig.', 'sv')).toBe('Jämställdheten är viktig.');
  });
});
