import { getContent } from '../../lib/content';
import { buildDate, planStatus } from '../../lib/dates';
import { getDictionary } from '../../lib/i18n';
import { locales } from '../../lib/i18n/locales';
import { latestPlan } from '../../lib/region-view';
import { site } from '../../lib/site';
import { localised } from '../support/shown';
import { expect, test } from '../support/test';

const { regions } = getContent();

for (const locale of locales) {
  const t = getDictionary(locale);

  test(`the ${locale} home page has a card per region with its latest plan and that plan's status`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    const cards = page.locator('.region-card');
    await expect(cards).toHaveCount(regions.length);
    for (const region of regions) {
      const card = cards.filter({ has: page.getByRole('link', { name: region.name, exact: true }) });
      await expect(card.getByRole('link', { name: region.name, exact: true })).toHaveAttribute(
        'href',
        `/${locale}/regions/${region.slug}/`,
      );
      await expect(card).toContainText(t.countries[region.country]);
      const plan = latestPlan(localised(region.slug, locale));
      if (plan) {
        await expect(card).toContainText(plan.title.text);
        await expect(card.locator('[data-status]')).toHaveText(t.planStatus[planStatus(plan, buildDate())]);
      } else {
        await expect(card).toContainText(t.home.noPlanPeriod);
        await expect(card.locator('[data-status]')).toHaveCount(0);
      }
    }
    await expect(page.getByRole('link', { name: t.home.charterLink })).toHaveAttribute('href', `/${locale}/charter/`);
  });

  test(`the ${locale} about page explains the sources, the topics and how to report an error`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.about.title);
    for (const topic of getContent().topics)
      await expect(page.getByText(topic.label[locale], { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: site.contactEmail }).first()).toHaveAttribute(
      'href',
      `mailto:${site.contactEmail}`,
    );
  });

  test(`the ${locale} accessibility statement names its status, the way to report and the enforcement bodies`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/accessibility/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.accessibility.title);
    const main = page.locator('main');
    await expect(main).toContainText('WCAG 2.1');
    await expect(main).toContainText('DIGG');
    await expect(main).toContainText('uutilsynet');
    await expect(main.getByRole('link', { name: site.contactEmail })).toBeVisible();
    await expect(main.locator('article time[datetime]')).toHaveCount(1);
  });
}

test('the sitemap lists every page in every locale with its alternates, and robots.txt points to it', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const locale of locales) {
    for (const path of [
      '',
      'charter/',
      'about/',
      'accessibility/',
      ...regions.map((region) => `regions/${region.slug}/`),
    ]) {
      expect(sitemap).toContain(`<loc>${site.url}/${locale}/${path}</loc>`);
    }
  }
  expect(sitemap).toContain('hreflang="x-default"');
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${site.url}/sitemap.xml`);
});
