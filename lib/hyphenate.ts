import { hyphenateSync as da } from 'hyphen/da';
import { hyphenateSync as en } from 'hyphen/en-us';
import { hyphenateSync as fi } from 'hyphen/fi';
import { hyphenateSync as is } from 'hyphen/is';
import { hyphenateSync as nb } from 'hyphen/nb';
import { hyphenateSync as nn } from 'hyphen/nn';
import { hyphenateSync as sv } from 'hyphen/sv';
import type { ContentLanguage } from '@/lib/content/schema';

/**
 * Soft hyphens in long words, with the language's own patterns, for text in narrow comparison cells.
 * Chromium on Linux and Android has no hyphenation dictionaries, so `hyphens: auto` does nothing there,
 * and a compound such as "jämställdhetsarbetsgruppen" would break after any letter. Only words this
 * long get them: shorter ones fit a cell's line, and each soft hyphen is a character that a copy in
 * Chromium keeps (lib/browser/copy.ts takes them out again) and that the browser's find may not see past.
 */
const minWordLength = 15;

const byLanguage: Record<ContentLanguage, typeof sv> = { sv, nb, nn, da, fi, is, en };

export function hyphenateLongWords(text: string, language: ContentLanguage): string {
  return byLanguage[language](text, { minWordLength });
}
