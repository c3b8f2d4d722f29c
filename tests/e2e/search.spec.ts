import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { getContent } from '../../lib/content';
import { getDictionary } from '../../lib/i18n';
import { expect, test } from '../support/test';

const t = getDictionary('sv');

/** The live region where the search page says what it found. */
const searchStatus = (page: import('@playwright/test').Page) => page.locator('.search-box [role="status"]');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Types a query into the search page and waits until the search has answered, whatever it answers;
 * then requires at least one result, so that a search that finds nothing fails here, saying so.
 */
async function search(page: import('@playwright/test').Page, path: string, query: string) {
  const labels = getDictionary(path.startsWith('/nb') ? 'nb' : path.startsWith('/en') ? 'en' : 'sv').search;
  await page.goto(path);
  await page.getByRole('searchbox', { name: labels.label }).fill(query);
  const status = searchStatus(page);
  await expect(status).not.toHaveText(new RegExp(`^(${escapeRegExp(labels.searching)})?$`));
  const found = [labels.results.one, labels.results.other].map((template) =>
    escapeRegExp(template).replace('\\{count\\}', '\\d+').replace('\\{query\\}', escapeRegExp(query)),
  );
  await expect(status, `the search for "${query}" should find something`).toHaveText(
    new RegExp(`^(${found.join('|')})$`),
    {
      timeout: 1_000,
    },
  );
  return page.locator('.search-results');
}

test('searching "Normstorm" from /sv/search/ finds the Umeåregionen page', async ({ page }) => {
  const results = await search(page, '/sv/search/', 'Normstorm');
  await expect(results.getByRole('link', { name: 'Umeåregionen', exact: true })).toHaveAttribute(
    'href',
    '/sv/regions/umearegionen/',
  );
  await expect(results.locator('mark').first()).toHaveText(/normstorm/i);
});

test('searching a Norwegian word from the Hedmark text finds the Hedmark page, in Norwegian', async ({ page }) => {
  const results = await search(page, '/nb/search/', 'livsfasepolitikk');
  await expect(results.getByRole('link', { name: 'Hedmark', exact: true })).toHaveAttribute(
    'href',
    '/nb/regions/hedmark/',
  );
});

test('search finds a word in another form than the text has (stemming), with å, ä, ö', async ({ page }) => {
  const results = await search(page, '/sv/search/', 'länsstrategin');
  await expect(results.getByRole('link', { name: 'Norrbotten', exact: true })).toBeVisible();
});

test('searching "MakeEQuality" finds Värmland, and says how many results there are', async ({ page }) => {
  const results = await search(page, '/sv/search/', 'MakeEQuality');
  await expect(results.getByRole('link', { name: 'Värmland', exact: true })).toHaveAttribute(
    'href',
    '/sv/regions/varmland/',
  );
  await expect(searchStatus(page)).toContainText('MakeEQuality');
  const result = results.locator('li').filter({ has: page.getByRole('link', { name: 'Värmland', exact: true }) });
  await expect(result).toContainText(`${t.search.kinds.region} · Värmland`);
});

test('a word on most pages is counted in full, though the list shows the first 20', async ({ page }) => {
  const results = await search(page, '/sv/search/', 'jämställdhet');
  const count = Number(/\d+/.exec((await searchStatus(page).textContent()) ?? '')?.[0]);
  expect(count, 'the word should be on more pages than the list shows').toBeGreaterThan(20);
  await expect(results.locator(':scope > li')).toHaveCount(20);
});

test('a long word finds the comparison where its cells break it with soft hyphens', async ({ page }) => {
  const results = await search(page, '/sv/search/', 'diskrimineringslagstiftning');
  await expect(results.getByRole('link', { name: t.compare.title, exact: true })).toHaveAttribute(
    'href',
    '/sv/compare/',
  );
});

test('the results are reached with the keyboard from the search field', async ({ page }) => {
  await search(page, '/sv/search/', 'Normstorm');
  await page.getByRole('searchbox', { name: t.search.label }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sv\/regions\//);
});

test('the header search takes the query to the search page and searches it', async ({ page }) => {
  await page.goto('/sv/');
  await page.getByRole('search').getByRole('searchbox', { name: t.search.label }).fill('Jämix');
  await page.getByRole('search').getByRole('button', { name: t.search.submit }).click();
  await expect(page).toHaveURL(/\/sv\/search\/\?q=J%C3%A4mix$/);
  await expect(page.locator('.search-results').getByRole('link', { name: 'Värmland', exact: true })).toBeVisible();
});

/** Every text of the content, region files and translations alike. */
const contentText = () =>
  readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readFileSync(path.join('content', name), 'utf8'))
    .join('\n');

// The regions' pages name their municipalities, which no region's own text does.
for (const { locale, query, region, slug } of [
  { locale: 'sv', query: 'Bjurholm', region: 'Umeåregionen', slug: 'umearegionen' },
  { locale: 'nb', query: 'Tynset', region: 'Hedmark', slug: 'hedmark' },
  { locale: 'en', query: 'Bjurholm', region: 'Umeåregionen', slug: 'umearegionen' },
] as const) {
  test(`the header search on /${locale}/ finds the municipality ${query}, which no region's text mentions, and leads to ${region}`, async ({
    page,
  }) => {
    expect(contentText()).not.toContain(query);
    const labels = getDictionary(locale).search;
    await page.goto(`/${locale}/`);
    await page.getByRole('search').getByRole('searchbox', { name: labels.label }).fill(query);
    await page.getByRole('search').getByRole('button', { name: labels.submit }).click();
    const result = page.locator('.search-results').getByRole('link', { name: region, exact: true });
    await expect(result).toHaveAttribute('href', `/${locale}/regions/${slug}/`);
    await result.click();
    await expect(page.getByRole('link', { name: query, exact: true })).toBeVisible();
  });
}

test('with JavaScript the page offers the box instead of the list of every page', async ({ page }) => {
  await page.goto('/sv/search/');
  await expect(page.getByRole('searchbox', { name: t.search.label })).toBeVisible();
  await expect(page.getByRole('heading', { name: t.search.allPages })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists every page by region and topic instead of showing a box', async ({ page }) => {
    await page.goto('/sv/search/');
    await expect(page.locator('.search-box')).toBeHidden();
    expect(await page.locator('.search-box').boundingBox(), 'the box takes no room on the page').toBeNull();
    const list = page.locator('section[aria-labelledby="all-pages"]');
    for (const region of getContent().regions) {
      await expect(list.getByRole('link', { name: region.name, exact: true })).toHaveAttribute(
        'href',
        `/sv/regions/${region.slug}/`,
      );
    }
    for (const topic of getContent().topics) {
      await expect(list.getByRole('link', { name: topic.label.sv, exact: true })).toHaveAttribute(
        'href',
        `/sv/topics/${topic.id}/`,
      );
    }
  });
});

test('searching English words from a translated statement on /en/ finds the region, in English', async ({ page }) => {
  // "mainstreaming" stands in Halland's English translation only: the Swedish says "jämställdhetsintegrering".
  const results = await search(page, '/en/search/', 'gender mainstreaming');
  await expect(results.getByRole('link', { name: 'Halland', exact: true })).toHaveAttribute(
    'href',
    '/en/regions/halland/',
  );
  await expect(results.locator('mark').first()).toHaveText(/gender|mainstreaming/i);
});
