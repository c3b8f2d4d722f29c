import { hyphenateSync as da } from 'hyphen/da';
import { hyphenateSync as en } from 'hyphen/en-us';
import { hyphenateSync as fi } from 'hyphen/fi';
import { hyphenateSync as is } from 'hyphen/is';
import { hyphenateSync as nb } from 'hyphen/nb';
import { hyphenateSync as nn } from 'hyphen/nn';
import { hyphenateSync as sv } from 'hyphen/sv';

import type { ContentLanguage } from '@/lib/content/schema';

/**
 * Soft hyphens in long words, with the language's own patterns, for text in narrow comparison cells
 * and for the site's name, which at large text sizes no longer fits a phone's line. Chromium on Linux
 * and Windows has no hyphenation dictionaries, so `hyphens: auto` does nothing there, and a compound
 * such as "jämställdhetsarbetsgruppen" would break after any letter. Only words this long get them:
 * shorter ones fit a cell's line. The browser's find and Pagefind read past a soft hyphen; a copy in
 * Chromium keeps it, so lib/browser/copy.ts takes them out of what is copied on the comparison pages.
 */
const minWordLength = 15;

const byLanguage: Record<ContentLanguage, typeof sv> = { sv, nb, nn, da, fi, is, en };

export function hyphenateLongWords(text: string, language: ContentLanguage): string {
  return byLanguage[language](text, { minWordLength });
}
