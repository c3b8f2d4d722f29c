/**
 * Putting values into the site's words, the same way on the server and in the browser scripts, which
 * get their words as data-* attributes with {name} placeholders.
 */

/** "{count} träffar för ”{query}”" with the values put in; a placeholder without a value stays. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/** The forms of a phrase by count: the plural categories of Intl.PluralRules, and "zero" for none. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form for this count in the locale's plural rules, with {count} and the other values put in. */
export function plural(
  forms: PluralForms,
  count: number,
  locale: string,
  values: Record<string, string | number> = {},
): string {
  const form = (count === 0 && forms.zero) || forms[new Intl.PluralRules(locale).select(count)] || forms.other;
  return fill(form, { ...values, count });
}
