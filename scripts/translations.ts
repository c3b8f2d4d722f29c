// npm run translations: how far each region's translations have come, locale by locale, and where a
// current translation lacks a term as the termbase renders it (content/termbase.yaml).
// npm run translations -- <slug> <locale>: every text of that region with its state and the hash a
// translation of it records (the "of" of its entry), for the person translating it.
// It reads the content as the check does, and lists what it can even where the check finds errors.
import { contentDir } from '../lib/content/dir';
import { readContent } from '../lib/content/load';
import { translationTermMisses } from '../lib/content/termbase';
import { translatableTexts } from '../lib/content/translatable';
import { regionEntryStates, translationCounts } from '../lib/content/translations';
import { isLocale } from '../lib/i18n/locales';

const read = readContent(contentDir());
const published = read.regions.filter((region) => !region.draft);
const publishedSlugs = new Set(published.map((region) => region.data.slug));
const content = {
  regions: published.map((region) => region.data),
  // A draft's translations wait with it, as they do on the site.
  translations: read.translations.filter((translation) => publishedSlugs.has(translation.slug)),
  sourceTexts: Object.fromEntries(
    published.map((region) => [region.data.slug, translatableTexts(region.data, region.body)]),
  ),
};
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
  const misses = content.translations.flatMap((translation) => {
    const region = content.regions.find((candidate) => candidate.slug === translation.slug)!;
    const states = regionEntryStates(content, translation.slug, translation.locale);
    return translationTermMisses(read.terms, states, translation, region.language, translation.locale).map(
      (miss) =>
        `  ${translation.file}  ${miss.path}: "${miss.term.term}" ${miss.kept ? 'should stay in the original' : `should be "${miss.expected}"`}`,
    );
  });
  console.log(
    misses.length === 0
      ? "\nEvery current translation renders the termbase's terms as it says."
      : `\nTerms a current translation renders otherwise than the termbase (content/termbase.yaml):\n${misses.join('\n')}`,
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
if (read.errors.length > 0) {
  console.error(`\nThe content check finds ${read.errors.length} error(s): npm run content:check says which.`);
}
