import { getContent } from '../../lib/content';
import { getDictionary } from '../../lib/i18n';
import { locales } from '../../lib/i18n/locales';
import { getRegister, municipalityAnchor } from '../../lib/places/register';
import { municipalitiesInFacts } from '../support/places';
import { expect, test } from '../support/test';

const { regions } = getContent();
const register = getRegister();

for (const locale of locales) {
  const t = getDictionary(locale);

  test(`the ${locale} home map links to every region, each named with its charter status`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const map = page.getByRole('group', { name: t.places.mapName });
    await expect(map.getByRole('link')).toHaveCount(regions.length);
    for (const region of regions) {
      const link = map.getByRole('link', { name: new RegExp(`^${region.name}\\b`) });
      await expect(link).toHaveAttribute('href', `/${locale}/regions/${region.slug}/`);
      await expect(link).toHaveAccessibleName(new RegExp(t.charterStatus[region.charter.status]));
    }
    await expect(map.getByRole('link', { name: new RegExp(`^Hedmark \\(${t.places.until(2020)}\\)`) })).toBeVisible();
    await expect(page.locator('figure.overview-map figcaption')).toContainText('Valmyndigheten');
  });

  test(`the ${locale} municipality page lists all 647, and exactly FACTS.md's 64 as covered`, async ({ page }) => {
    await page.goto(`/${locale}/municipalities/`);
    const items = page.locator('li[data-filter]');
    await expect(items).toHaveCount(647);
    const covered = items.filter({ hasText: t.finder.coveredBy });
    await expect(covered).toHaveCount(64);
    for (const [slug, { country, codes }] of Object.entries(municipalitiesInFacts)) {
      for (const code of codes) {
        const item = page.locator(`li[id="${municipalityAnchor({ country, code })}"]`);
        await expect(item.getByRole('link')).toHaveAttribute('href', `/${locale}/regions/${slug}/`);
      }
    }
    await expect(page.locator('li[id="2284"]')).toContainText(t.finder.notCovered);
    const hedmark = t.finder
      .merged(2020)
      .replace('{organisation}', 'Hedmark fylkeskommune')
      .replace('{into}', 'Innlandet fylkeskommune');
    for (const code of municipalitiesInFacts.hedmark!.codes) {
      await expect(page.locator(`li[id="${code}"]`)).toContainText(hedmark);
    }
  });
}

test('a municipality can be linked by its code, and its region page leads there', async ({ page }) => {
  await page.goto('/sv/regions/umearegionen/');
  const section = page.locator('section[aria-labelledby="municipalities"]');
  await expect(
    section.getByRole('img', { name: getDictionary('sv').places.locatorName('Umeåregionen') }),
  ).toBeVisible();
  await section.getByRole('link', { name: 'Bjurholm', exact: true }).click();
  await expect(page).toHaveURL(/\/sv\/municipalities\/#2403$/);
  await expect(page.locator('li[id="2403"]')).toBeInViewport();
  await expect(page.locator('li[id="2403"]')).toContainText('Umeåregionen');
});

test('the filter narrows the list as one types and says how many remain', async ({ page }) => {
  const t = getDictionary('sv');
  await page.goto('/sv/municipalities/');
  const field = page.getByRole('searchbox', { name: t.finder.filterLabel });
  const visible = page.locator('li[data-filter]:visible');
  await field.fill('Bjurholm');
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toContainText('Umeåregionen');
  await expect(page.getByRole('status')).toHaveText(t.finder.results.one.replace('{query}', 'Bjurholm'));
  // Counties and countries with nothing left go too.
  await expect(page.getByRole('heading', { name: 'Norge' })).toBeHidden();
  // Without the letters of another keyboard: "umea" for Umeå, and a Swede's "Tromsö" for Tromsø.
  await field.fill('umea');
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toContainText('Umeå');
  await field.fill('Tromsö');
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toContainText('Tromsø');
  await field.fill('3427');
  await expect(visible).toHaveCount(1);
  await expect(visible.first()).toContainText('Tynset');
  await field.fill('zzzz');
  await expect(visible).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(t.finder.results.zero.replace('{query}', 'zzzz'));
  await field.fill('');
  await expect(visible).toHaveCount(register.municipalities.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the municipality page reads in full, without the filter', async ({ page }) => {
    await page.goto('/en/municipalities/');
    await expect(page.locator('li[data-filter]:visible')).toHaveCount(647);
    await expect(page.getByRole('searchbox', { name: getDictionary('en').finder.filterLabel })).toBeHidden();
    await expect(page.locator('li[id="2403"]').getByRole('link', { name: 'Umeåregionen' })).toBeVisible();
  });
});

test('keyboard focus and hover on a region of the map are visible', async ({ page }) => {
  await page.goto('/sv/');
  const link = page
    .getByRole('group', { name: getDictionary('sv').places.mapName })
    .getByRole('link')
    .first();
  const area = link.locator('.map-area');
  const drawn = await area.evaluate((element) => getComputedStyle(element).strokeWidth);
  await link.locator('.map-label').hover();
  await expect.poll(() => area.evaluate((element) => getComputedStyle(element).strokeWidth)).not.toBe(drawn);
  await page.mouse.move(0, 0);
  await link.focus();
  await expect(link).toBeFocused();
  await expect.poll(() => area.evaluate((element) => getComputedStyle(element).stroke)).toBe('rgb(11, 12, 12)');
});

test('in forced-colours mode the map takes the system colours, its patterns included', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/sv/');
  const colour = (selector: string, property: 'fill' | 'stroke') =>
    page
      .locator(selector)
      .first()
      .evaluate((element, name) => getComputedStyle(element)[name], property);
  const canvas = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const text = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(await colour('.map-land', 'fill')).toBe(canvas);
  expect(await colour('.map-land', 'stroke')).toBe(text);
  expect(await colour('.map-pattern-ink', 'fill')).toBe(text);
  expect(await colour('.map-area[data-charter="signed"]', 'fill')).toBe(text);
});
