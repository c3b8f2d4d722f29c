import { getDictionary } from '../../lib/i18n';
import { localeNames, locales } from '../../lib/i18n/locales';
import { expect, test } from '../support/test';

for (const locale of locales) {
  const t = getDictionary(locale);

  test(`/${locale}/ is in ${locale}, names its alternates and has the whole shell`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (const other of [...locales, 'x-default']) {
      await expect(page.locator(`head link[rel="alternate"][hreflang="${other}"]`)).toHaveCount(1);
    }
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/$`));
    await expect(page.getByRole('navigation', { name: t.shell.mainNav })).toBeVisible();
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: t.footer.accessibility })).toHaveAttribute(
      'href',
      `/${locale}/accessibility/`,
    );
    await expect(footer.getByRole('link', { name: t.footer.about })).toHaveAttribute('href', `/${locale}/about/`);
  });

  test(`the language switcher keeps a ${locale} visitor on the same page`, async ({ page }) => {
    await page.goto(`/${locale}/accessibility/`);
    const switcher = page.getByRole('navigation', { name: t.shell.languageNav });
    await expect(switcher.getByRole('link', { name: localeNames[locale] })).toHaveAttribute('aria-current', 'true');
    for (const other of locales) {
      const link = switcher.getByRole('link', { name: localeNames[other] });
      await expect(link).toHaveAttribute('href', `/${other}/accessibility/`);
      await expect(link).toHaveAttribute('lang', other);
    }
  });

  test(`breadcrumbs on a ${locale} page lead home and mark the current page`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    const trail = page.getByRole('navigation', { name: t.shell.breadcrumbs });
    await expect(trail.getByRole('link', { name: t.nav.home })).toHaveAttribute('href', `/${locale}/`);
    await expect(trail.locator('[aria-current="page"]')).toHaveText(t.about.title);
  });
}

test('the skip link is the first thing the keyboard reaches, and it leads to the content', async ({ page }) => {
  await page.goto('/sv/about/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: getDictionary('sv').shell.skipLink })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('"/" offers the site in each language, each offer marked with its language', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  for (const locale of locales) {
    const link = page.getByRole('link', { name: getDictionary(locale).root.enter });
    await expect(link).toHaveAttribute('href', `/${locale}/`);
    await expect(page.locator(`main li[lang="${locale}"]`)).toContainText(getDictionary(locale).site.intro);
  }
});

// Chromium reports the missing page's 404 status as an error in the console: expected here.
const missingPageAllowed = { allowedConsoleErrors: [/status of 404/] };

test.describe('a missing page', () => {
  test.use(missingPageAllowed);

  test('an unknown address answers 404 with a page in all three languages', async ({ page }) => {
    const response = await page.goto('/sv/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(getDictionary('sv').notFound.title);
    for (const locale of locales) {
      await expect(page.locator(`section[lang="${locale}"]`).getByRole('link')).toHaveAttribute('href', `/${locale}/`);
    }
  });
});

test('each locale has its own 404 page in its language', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}/404/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(getDictionary(locale).notFound.title);
  }
});
