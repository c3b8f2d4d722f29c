import { getDictionary } from '../../lib/i18n';
import { site } from '../../lib/site';
import { expect, test } from '../support/test';

const contentPages = [
  '/sv/',
  '/sv/regions/halland/',
  '/sv/compare/',
  '/sv/compare/halland/varmland/',
  '/sv/topics/employer/',
  '/sv/charter/',
  '/sv/about/',
  '/sv/accessibility/',
];

test('every content page shows when it was last reviewed and how to report an error on it', async ({ page }) => {
  const t = getDictionary('sv');
  for (const path of contentPages) {
    await page.goto(path);
    const facts = page.locator('.page-facts');
    await expect(facts.locator('time')).toHaveText(/\d{1,2} \p{L}+ \d{4}/u);
    const href = await facts.getByRole('link', { name: t.pageFacts.reportError }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^mailto:${site.contactEmail.replace('.', '\\.')}\\?subject=`));
    expect(decodeURIComponent(href!)).toContain(`${site.url}${path}`);
  }
});

test('every page announces the news feed, and the feed is served as Atom', async ({ page, request }) => {
  for (const path of ['/', '/sv/', '/en/regions/hedmark/', '/nb/compare/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      `${site.url}/feed.xml`,
    );
  }
  const feed = await request.get('/feed.xml');
  // A static host names the type from the extension: application/xml, which feed readers take as Atom.
  expect(feed.headers()['content-type']).toMatch(/xml/);
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});

test('the site has a favicon and a home-screen icon', async ({ request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/icon/);
  expect((await request.get('/icon.svg')).status()).toBe(200);
  expect((await request.get('/apple-icon.png')).headers()['content-type']).toBe('image/png');
});

test('a printed region page leaves out navigation and prints the address of each link', async ({ page }) => {
  await page.goto('/sv/regions/halland/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: getDictionary('sv').shell.mainNav })).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  const after = await page
    .locator('main a[href^="/sv/charter/"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain(`${site.url}`);
  expect(after).toContain('/sv/charter/');
  const external = await page
    .locator('main a[href^="https://"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(external).toContain('https://');
});

test('a printed comparison shows the whole matrix rather than a scrolling box', async ({ page }) => {
  await page.goto('/en/compare/');
  await page.emulateMedia({ media: 'print' });
  expect(
    await page
      .locator('.matrix')
      .first()
      .evaluate((element) => getComputedStyle(element).overflowX),
  ).toBe('visible');
});
