import { expect, test } from '../support/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript a visitor gets from "/" to a page and into another language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Till den svenska webbplatsen' }).click();
  await expect(page).toHaveURL(/\/sv\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Om webbplatsen' }).click();
  await expect(page).toHaveURL(/\/sv\/about\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Om webbplatsen' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Välj språk' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/about\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('navigation', { name: 'You are here' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('without JavaScript the skip link moves to the main content', async ({ page }) => {
  await page.goto('/nb/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
