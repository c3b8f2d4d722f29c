import { localProxyUrl } from '../../lib/cms/local-proxy';
import { expect, test } from '../support/test';

// The web editor as the built site serves it, with no local proxy running: it must load under its own
// content security policy, from the site's own folder, and offer the git host's login.
test.use({ allowedConsoleErrors: [/ERR_CONNECTION_REFUSED/] });

test('the editor loads from the site itself under its own security policy and offers the login', async ({
  page,
  baseURL,
}) => {
  const ownOrigin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const { origin, protocol } = new URL(request.url());
    if (!['data:', 'blob:'].includes(protocol) && origin !== ownOrigin && origin !== localProxyUrl) {
      foreign.push(request.url());
    }
  });
  const response = await page.goto('/admin/');
  expect(response?.headers()['content-security-policy']).toContain("'unsafe-eval'");
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('button', { name: 'Logga in med GitHub' })).toBeVisible({ timeout: 20_000 });
  expect(foreign).toEqual([]);
});

test('the editor stays out of the sitemap and of search engines, and other pages keep the strict policy', async ({
  request,
}) => {
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/admin/');
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /admin/');
  const page = await request.get('/sv/');
  expect(page.headers()['content-security-policy']).not.toContain('unsafe');
});
