import { en } from './en';
import type { Locale } from './locales';
import { nb } from './nb';
import { type Dictionary, sv } from './sv';

const dictionaries: Record<Locale, Dictionary> = { sv, nb, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export type { Dictionary };
