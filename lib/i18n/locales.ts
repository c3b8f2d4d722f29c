export const locales = ['sv', 'nb', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'sv';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** How each locale names itself, for the language switcher (always shown in its own language). */
export const localeNames: Record<Locale, string> = {
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  en: 'English',
};

/** BCP 47 tags for Intl formatting: dates, numbers, collation. */
export const intlLocales: Record<Locale, string> = {
  sv: 'sv-SE',
  nb: 'nb-NO',
  en: 'en-GB',
};

/** Open Graph locale identifiers. */
export const ogLocales: Record<Locale, string> = {
  sv: 'sv_SE',
  nb: 'nb_NO',
  en: 'en_GB',
};
