import { commitmentsByArticle } from '../../lib/charter-view';
import { getContent } from '../../lib/content';
import { getDictionary } from '../../lib/i18n';
import { localised } from '../support/shown';
import { expect, test } from '../support/test';

const content = getContent();
const articles = content.charter.groups.flatMap((group) => group.articles);
const mentions = commitmentsByArticle(content.regions);

test('the charter page lists all 30 articles in their groups, each with the commitments that serve it', async ({
  page,
}) => {
  const t = getDictionary('en');
  await page.goto('/en/charter/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.charterPage.title);
  for (const group of content.charter.groups) {
    await expect(page.getByRole('heading', { level: 3, name: group.title.en })).toBeVisible();
  }
  expect(articles).toHaveLength(30);
  for (const article of articles) {
    const item = page.locator(`#article-${article.number}`);
    await expect(item.getByRole('heading', { level: 4 })).toHaveText(
      t.charterPage.articleTitle(article.number, article.title.en),
    );
    const expected = mentions.get(article.number) ?? [];
    await expect(item.getByRole('link')).toHaveCount(expected.length);
    if (expected.length === 0) await expect(item).toContainText(t.charterPage.noCommitments);
  }
});

test('the charter page states what each source says about the charter', async ({ page }) => {
  await page.goto('/sv/charter/');
  for (const region of content.regions) {
    const row = page.getByRole('row', { name: new RegExp(region.name) });
    await expect(row.locator('[data-charter-status]')).toHaveText(
      getDictionary('sv').charterStatus[region.charter.status],
    );
  }
});

test('a commitment linked from the charter page opens at that very commitment', async ({ page }) => {
  const [first] = mentions.get(11) ?? [];
  expect(first).toBeDefined();
  await page.goto('/sv/charter/');
  const statement = localised(first!.region.slug, 'sv').commitments.find(
    (commitment) => commitment.id === first!.commitment.id,
  )!.statement;
  await page.locator('#article-11').getByRole('link', { name: statement.text }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/regions/${first!.region.slug}/#commitment-${first!.commitment.id}$`));
  const target = page.locator(`#commitment-${first!.commitment.id}`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(statement.text);
});

test('article links on a region page lead to the article on the charter page', async ({ page }) => {
  await page.goto('/en/regions/varmland/');
  await page
    .locator('#commitment-inga-osakliga-loneskillnader')
    .getByRole('link', { name: /Article 11/ })
    .click();
  await expect(page).toHaveURL(/\/en\/charter\/#article-11$/);
  await expect(page.locator('#article-11')).toBeInViewport();
});

test('article 11, the employer role, lists the employer commitments of Värmland and Hedmark, and article 1 none', async ({
  page,
}) => {
  await page.goto('/sv/charter/');
  const article11 = page.locator('#article-11');
  await expect(
    article11.locator('a[href="/sv/regions/varmland/#commitment-inga-osakliga-loneskillnader"]'),
  ).toBeVisible();
  await expect(
    article11.locator('a[href="/sv/regions/hedmark/#commitment-arbeidsgiver-innsatsomrader"]'),
  ).toBeVisible();
  await expect(page.locator('#article-1 .not-mentioned')).toBeVisible();
});
