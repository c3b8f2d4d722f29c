import { readFileSync } from 'node:fs';

import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';

import { getContent } from '../../lib/content';
import { bodyPath } from '../../lib/content/translatable';
import { regionEntryStates, translationOf } from '../../lib/content/translations';
import { defaultLocale, type Locale } from '../../lib/i18n/locales';
import { pairsToBuild } from '../../lib/pairs';
import { localeHref, paths } from '../../lib/routes';
import { expect, test } from '../support/test';

/**
 * Every current entry of every translation file, found in its words on each built page of its locale
 * that shows the source text: the region page for all of them, and the comparisons (the hub, a pair
 * page, the pair viewer's column), topic and charter pages, the feed and the CSV for the texts they
 * carry. Read from out/ as a host serves it.
 */

const content = getContent();

/** Page text as a reader meets it: without soft hyphens, with spaces as one. */
const normalise = (text: string) =>
  text
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const cache = new Map<string, string>();
function pageText(sitePath: string): string {
  let text = cache.get(sitePath);
  if (text === undefined) {
    const file = sitePath.endsWith('/') ? `out${sitePath}index.html` : `out${sitePath}`;
    const $ = load(readFileSync(file, 'utf8'), { xml: sitePath.endsWith('.xml') });
    // What only a screen reader hears, and the arrow after a link to another site, stand between words.
    $('script, style, .sr-only, [aria-hidden="true"]').remove();
    text = normalise(sitePath.endsWith('.xml') ? $.root().text() : $('body').text());
    cache.set(sitePath, text);
  }
  return text;
}

/** The translated narrative as plain paragraphs: the Markdown and the <Lang> marks left out. */
function paragraphs(mdx: string): string[] {
  return mdx
    .split(/\n\s*\n/)
    .map((block) =>
      normalise(
        block
          .trim()
          .replace(/<\/?Lang[^>]*>/g, '')
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/^#+\s*/, '')
          .replace(/^\s*(?:[-*]|>)\s?/gm, '')
          .replace(/\*\*/g, '')
          .replace(/(^|[\s(])_([^_]+)_/g, '$1$2')
          .replace(/\\([<{])/g, '$1'),
      ),
    )
    .filter((text) => text !== '');
}

/** The full comparisons a region is in: its column for the pair viewer, and a built pair page if any. */
function fullComparisons(slug: string, locale: Locale): string[] {
  const pair = pairsToBuild(content.regions).find((candidate) => candidate.includes(slug));
  return [paths.pairColumn(slug), ...(pair ? [paths.pair(...pair)] : [])].map((path) => localeHref(locale, path));
}

/** The site paths in `locale` whose pages show the text at `path` of region `slug`, beside its region page. */
function pagesShowing(slug: string, path: string, locale: Locale): string[] {
  const region = content.regions.find((candidate) => candidate.slug === slug)!;
  const pages = [localeHref(locale, paths.region(slug))];
  const [part, id] = path.split('.');
  if (part === 'commitments') {
    const commitment = region.commitments.find((candidate) => candidate.id === id)!;
    if (commitment.topic) {
      pages.push(localeHref(locale, paths.topic(commitment.topic)), ...fullComparisons(slug, locale));
      // The hub shows each region's first statement on a topic.
      if (region.commitments.find((candidate) => candidate.topic === commitment.topic) === commitment) {
        pages.push(localeHref(locale, paths.compare));
      }
    }
    if (commitment.articles.length > 0) pages.push(localeHref(locale, paths.charter));
  }
  if (path === 'charter.note') {
    pages.push(localeHref(locale, paths.compare), localeHref(locale, paths.charter), ...fullComparisons(slug, locale));
  }
  if (part === 'plans' && path.endsWith('.title')) {
    pages.push(localeHref(locale, paths.compare), ...fullComparisons(slug, locale));
  }
  if ((path === 'summary' || part === 'changes') && locale === defaultLocale) pages.push('/feed.xml');
  return pages;
}

/** The statements of the commitments CSV, by region, commitment and locale. */
const csvRows: Record<string, string>[] = parse(readFileSync('out/data/commitments.csv'), { bom: true, columns: true });

for (const translation of content.translations) {
  test(`every current text of ${translation.file} stands on the pages of its locale that show its source`, () => {
    const missed: string[] = [];
    const current = regionEntryStates(content, translation.slug, translation.locale).filter(
      (state) => state.status === 'current',
    );
    expect(current.length, 'a translation file with nothing current tests nothing').toBeGreaterThan(0);
    const entries = translationOf(content, translation.slug, translation.locale)!.entries;
    for (const { path } of current) {
      const words = path === bodyPath ? paragraphs(entries[path]!.text) : [normalise(entries[path]!.text)];
      for (const sitePath of pagesShowing(translation.slug, path, translation.locale)) {
        const text = pageText(sitePath);
        for (const phrase of words) if (!text.includes(phrase)) missed.push(`${path} on ${sitePath}: ${phrase}`);
      }
      if (path.startsWith('commitments.')) {
        const id = path.split('.')[1];
        const row = csvRows.find(
          (candidate) => candidate.region === translation.slug && candidate.commitment_id === id,
        );
        if (normalise(row?.[`statement_${translation.locale}`] ?? '') !== words[0]) {
          missed.push(`${path} in /data/commitments.csv, statement_${translation.locale}`);
        }
      }
    }
    expect(missed, `Translated texts that do not reach their pages:\n${missed.join('\n')}`).toEqual([]);
  });
}
