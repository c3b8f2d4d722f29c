import { en } from './en';
import { nb } from './nb';
import { sv, type Dictionary } from './sv';
import type { Locale } from './locales';

const dictionaries: Record<Locale, Dictionary> = { sv, nb, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export type { Dictionary };
