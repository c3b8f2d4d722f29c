// npm run translations: how far each region's translations have come, locale by locale.
// npm run translations -- <slug> <locale>: every text of that region with its state and the hash a
// translation of it records (the "of" of its entry), for the person translating it.
import { contentDir } from '../lib/content/dir';
import { formatError } from '../lib/content/errors';
import { loadContent } from '../lib/content/load';
import { regionEntryStates, translationCounts } from '../lib/content/translations';
import { isLocale } from '../lib/i18n/locales';

const result = loadContent(contentDir());
if (!result.ok) {
  for (const error of result.errors) console.error(formatError(error));
  console.error('\nThe content has errors: run npm run content:check and fix them first.');
  process.exit(1);
}
const content = result.content;
const [slug, locale] = process.argv.slice(2);

if (slug === undefined) {
  const rows = [
    ['region', 'locale', 'current', 'outdated', 'missing'],
    ...translationCounts(content).map((count) =>
      [count.slug, count.locale, count.current, count.outdated, count.missing].map(String),
    ),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
} else {
  const sources = content.sourceTexts[slug];
  if (!sources || !locale || !isLocale(locale)) {
    console.error(`Name a region and a locale, like: npm run translations -- halland en`);
    process.exit(1);
  }
  for (const state of regionEntryStates(content, slug, locale)) {
    const text = state.text.replace(/\s+/g, ' ');
    console.log(
      `${state.status.padEnd(8)} ${state.hash}  ${state.path}\n         ${text.length > 100 ? `${text.slice(0, 99)}…` : text}`,
    );
  }
}
