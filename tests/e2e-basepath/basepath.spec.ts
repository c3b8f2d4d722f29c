import { getDictionary } from '../../lib/i18n';
import { site } from '../../lib/site';
import { expect, test } from '../support/test';

const base = site.basePath;

test.beforeAll(() => {
  if (!base) throw new Error('Run these tests with BASE_PATH set, as npm run test:basepath does.');
});

test('every request a page makes stays inside the base path, and succeeds', async ({ page, baseURL }) => {
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(baseURL!).origin && !url.pathname.startsWith(`${base}/`)) outside.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  for (const path of ['/', '/sv/', '/nb/regions/hedmark/', '/en/compare/', '/sv/topics/employer/']) {
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  }
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
});

test('links, forms, data files, the feed and share images all carry the base path', async ({ page, request }) => {
  await page.goto(`${base}/sv/compare/`);
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.filter((href) => !href!.startsWith(`${base}/`))).toEqual([]);
  await expect(page.getByRole('search')).toHaveAttribute('action', `${base}/sv/search/`);
  expect((await request.get(`${base}/data/commitments.csv`)).status()).toBe(200);
  await expect(page.locator('link[type="application/atom+xml"]')).toHaveAttribute(
    'href',
    `${site.url}${base}/feed.xml`,
  );
  expect(await (await request.get(`${base}/feed.xml`)).text()).toContain(`${site.url}${base}/sv/regions/halland/`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${site.url}${base}/sv/compare/share.png`);
  expect((await request.get(new URL(image!).pathname)).headers()['content-type']).toBe('image/png');
});

test('a visitor gets from "/" to a region page by links alone', async ({ page }) => {
  await page.goto(`${base}/`);
  await page.getByRole('link', { name: 'Till den svenska webbplatsen' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/sv/$`));
  await page.getByRole('link', { name: 'Halland', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/sv/regions/halland/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halland');
});

test('search finds pages and links to them under the base path', async ({ page }) => {
  await page.goto(`${base}/sv/search/?q=Normstorm`);
  const result = page.locator('.search-results').getByRole('link', { name: 'Umeåregionen', exact: true });
  await expect(result).toHaveAttribute('href', `${base}/sv/regions/umearegionen/`);
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Umeåregionen');
});

test('the reverse order of a pair sends the visitor to the canonical page under the base path', async ({ page }) => {
  await page.goto(`${base}/en/compare/varmland/halland/#employer-varmland`);
  await expect(page).toHaveURL(new RegExp(`${base}/en/compare/halland/varmland/#employer-varmland$`));
});

test('the pair viewer loads the open data and links the region pages under the base path', async ({ page }) => {
  await page.goto(`${base}/sv/compare/pair/?regions=halland,varmland`);
  await expect(
    page.getByRole('heading', { level: 2, name: getDictionary('sv').compare.pairTitle('Halland', 'Värmland') }),
  ).toBeVisible();
  const links = page.locator('#employer-varmland a[href^="/"]');
  await expect(links.first()).toHaveAttribute('href', new RegExp(`^${base}/sv/regions/varmland/#commitment-`));
});

test.describe('a missing page', () => {
  // Chromium reports the 404 status as an error in the console: expected here.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('an unknown address answers 404 with links under the base path', async ({ page }) => {
    const response = await page.goto(`${base}/sv/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: getDictionary('sv').notFound.backHome })).toHaveAttribute(
      'href',
      `${base}/sv/`,
    );
  });
});
