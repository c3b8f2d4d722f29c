import { readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

import { getContent } from '../../lib/content';
import { buildDate } from '../../lib/dates';
import { getDictionary } from '../../lib/i18n';
import { intlLocales, locales } from '../../lib/i18n/locales';
import { canonicalPair, regionPairs } from '../../lib/pairs';
import { commitmentsOn } from '../../lib/region-view';
import { site } from '../../lib/site';
import { localised } from '../support/shown';
import { expect, test } from '../support/test';

const content = getContent();
const { regions, topics } = content;
const varmland = regions.find((region) => region.slug === 'varmland')!;

test('every pair page exists in both orders and every topic page exists, in every locale', async ({ request }) => {
  const pairs = regionPairs(regions);
  expect(pairs).toHaveLength(10);
  for (const locale of locales) {
    for (const [a, b] of pairs) {
      expect((await request.get(`/${locale}/compare/${a}/${b}/`)).status()).toBe(200);
      expect((await request.get(`/${locale}/compare/${b}/${a}/`)).status()).toBe(200);
    }
    for (const topic of topics) expect((await request.get(`/${locale}/topics/${topic.id}/`)).status()).toBe(200);
  }
});

test('a matrix cell shows the statement from the content and links to it on the region page', async ({ page }) => {
  const [first, ...rest] = commitmentsOn(varmland, 'employer');
  await page.goto('/sv/compare/');
  const cell = page.locator('#employer-varmland');
  const link = cell.getByRole('link', { name: first!.statement });
  await expect(link).toHaveAttribute('href', `/sv/regions/varmland/#commitment-${first!.id}`);
  await expect(link).toHaveAttribute('lang', 'sv');
  await expect(cell.getByRole('link', { name: getDictionary('sv').compare.more(rest.length) })).toBeVisible();
});

test('the charter row says who signed in the source\'s words, not only "signed"', async ({ page }) => {
  await page.goto('/en/compare/');
  for (const region of regions) {
    const cell = page.locator(`#charter-${region.slug}`);
    // The region's name is there for a list of links, where several regions share a status.
    await expect(cell.getByRole('link')).toHaveText(
      `${getDictionary('en').charterStatus[region.charter.status]}, ${region.name}`,
    );
    const { charter } = localised(region.slug, 'en');
    if (charter.status === 'not-mentioned') continue;
    const note = charter.note;
    await expect(cell.locator(`p[lang="${note.lang}"]`)).toHaveText(note.text);
  }
});

test('a cell whose source says nothing reads "not mentioned in the source", not "no"', async ({ page }) => {
  const halland = regions.find((region) => region.slug === 'halland')!;
  expect(commitmentsOn(halland, 'employer')).toHaveLength(0);
  for (const locale of locales) {
    await page.goto(`/${locale}/compare/`);
    await expect(page.locator('#employer-halland .not-mentioned')).toHaveText(
      getDictionary(locale).source.notMentioned,
    );
  }
});

test('following #employer-varmland from another page lands on that cell, visible', async ({ page }) => {
  await page.goto('/en/topics/employer/');
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/en/compare/#employer-varmland';
    link.textContent = 'to the cell';
    document.body.prepend(link);
  });
  await page.getByRole('link', { name: 'to the cell' }).click();
  await expect(page).toHaveURL(/\/en\/compare\/#employer-varmland$/);
  await expect(page.locator('#employer-varmland')).toBeInViewport();
});

test('rows and cells keep the same ids in every locale', async ({ page }) => {
  const ids: string[][] = [];
  for (const locale of locales) {
    await page.goto(`/${locale}/compare/`);
    ids.push(await page.locator('tr[id], td[id]').evaluateAll((elements) => elements.map((element) => element.id)));
  }
  expect(ids[0]).toContain('employer-varmland');
  expect(ids[1]).toEqual(ids[0]);
  expect(ids[2]).toEqual(ids[0]);
});

test('a pair page shows both regions, every commitment in its language, and the rows of the hub', async ({ page }) => {
  await page.goto('/nb/compare/hedmark/varmland/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    getDictionary('nb').compare.pairTitle('Hedmark', 'Värmland'),
  );
  for (const region of [regions.find((r) => r.slug === 'hedmark')!, varmland]) {
    for (const topic of topics) {
      const cell = page.locator(`#${topic.id}-${region.slug}`);
      const commitments = commitmentsOn(localised(region.slug, 'nb'), topic.id);
      if (commitments.length === 0) {
        await expect(cell.locator('.not-mentioned')).toBeVisible();
        continue;
      }
      for (const { statement } of commitments) {
        await expect(cell.getByRole('link', { name: statement.text })).toHaveAttribute('lang', statement.lang);
      }
    }
  }
  await expect(page.locator('tbody#charter')).toBeVisible();
});

test('the reverse order points to the canonical pair, and takes the visitor there with the fragment', async ({
  page,
}) => {
  await page.goto('/sv/compare/varmland/halland/#employer-varmland');
  await expect(page).toHaveURL(/\/sv\/compare\/halland\/varmland\/#employer-varmland$/);
  await expect(page.locator('#employer-varmland')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reverse order is a page with a canonical link and a visible link to the comparison', async ({ page }) => {
    await page.goto('/en/compare/varmland/halland/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${site.url}/en/compare/halland/varmland/`,
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await page.getByRole('link', { name: getDictionary('en').compare.pairTitle('Halland', 'Värmland') }).click();
    await expect(page).toHaveURL(/\/en\/compare\/halland\/varmland\/$/);
  });

  test('the hub reads fully, its row links work, and no button is shown that would do nothing', async ({ page }) => {
    await page.goto('/sv/compare/');
    await expect(page.locator('#employer-varmland')).toContainText(commitmentsOn(varmland, 'employer')[0]!.statement);
    await expect(page.locator('.copy-button button')).toBeHidden();
    await expect(page.locator('.citation')).toBeVisible();
    await page
      .locator('tr#procurement')
      .getByRole('link', { name: getDictionary('sv').copyLink.label })
      .click();
    await expect(page).toHaveURL(/#procurement$/);
    await page.getByRole('link', { name: 'Halland och Värmland' }).click();
    await expect(page).toHaveURL(/\/sv\/compare\/halland\/varmland\/$/);
  });
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the row link puts the address of the row on the clipboard and says so', async ({ page, baseURL }) => {
    await page.goto('/sv/compare/');
    const row = page.locator('tr#employer');
    await row.getByRole('link', { name: getDictionary('sv').copyLink.label }).click();
    await expect(row.getByRole('status')).toHaveText(getDictionary('sv').copyLink.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/sv/compare/#employer`);
  });

  test("text copied from a cell is the page's words, without the soft hyphens that break its long words", async ({
    page,
  }) => {
    const norrbotten = regions.find((region) => region.slug === 'norrbotten')!;
    await page.goto('/sv/compare/');
    const note = page.locator('#charter-norrbotten p');
    expect(await note.textContent()).toContain('\u00AD');
    await note.selectText();
    await page.keyboard.press('Control+c');
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(
      norrbotten.charter.status === 'not-mentioned' ? '' : norrbotten.charter.note,
    );
  });

  test('the cite button puts the citation on the clipboard, with the day it is pressed', async ({ page }) => {
    const t = getDictionary('en');
    await page.goto('/en/topics/procurement/');
    await expect(page.locator('.citation')).toContainText(`${t.cite.accessed} ${t.cite.accessedShort}.`);
    await page.getByRole('button', { name: t.cite.copy }).click();
    await expect(page.locator('.cite-block').getByRole('status')).toHaveText(t.cite.copied);
    const today = new Intl.DateTimeFormat(intlLocales.en, { dateStyle: 'long' }).format(new Date());
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${site.url}/en/topics/procurement/`);
    expect(copied).toContain(site.name);
    expect(copied).toMatch(new RegExp(`${t.cite.accessed} ${today}\\.$`));
    expect(copied).toBe((await page.locator('.citation').textContent())!.replace(/\s+/g, ' ').trim());
  });
});

test('the CSV download parses back to exactly the content commitments', async ({ request }) => {
  const response = await request.get('/data/commitments.csv');
  expect(response.headers()['content-type']).toContain('text/csv');
  const rows: Record<string, string>[] = parse(await response.text(), { bom: true, columns: true });
  const expected = regions.flatMap((region) =>
    region.commitments.map((commitment) => [region.slug, commitment.id, commitment.statement, commitment.topic ?? '']),
  );
  expect(rows.map((row) => [row.region, row.commitment_id, row.statement, row.topic])).toEqual(expected);
});

test('the JSON download validates against the published schema', async ({ request }) => {
  const data = await (await request.get('/data/regions.json')).json();
  const schema = await (await request.get('/schema/region.schema.json')).json();
  expect(schema).toEqual(JSON.parse(readFileSync('public/schema/region.schema.json', 'utf8')));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(typeof data.schemaVersion).toBe('number');
  expect(data.regions).toHaveLength(regions.length);
  for (const region of data.regions) expect(validate(region), ajv.errorsText(validate.errors)).toBe(true);
});

test('every comparison and topic page links the data with its licence and date', async ({ page }) => {
  for (const path of ['/sv/compare/', '/sv/compare/halland/hedmark/', '/sv/topics/employer/']) {
    await page.goto(path);
    const data = page.locator('section[aria-labelledby="data"]');
    await expect(data.getByRole('link', { name: getDictionary('sv').data.csv })).toHaveAttribute(
      'href',
      '/data/commitments.csv',
    );
    await expect(data.getByRole('link', { name: getDictionary('sv').data.json })).toHaveAttribute(
      'href',
      '/data/regions.json',
    );
    await expect(data).toContainText(site.dataLicence.name);
    await expect(data.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('a topic page shows each region’s commitments on the topic, or that the source does not mention it', async ({
  page,
}) => {
  for (const topic of topics) {
    await page.goto(`/en/topics/${topic.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.label.en);
    for (const region of regions) {
      const section = page.locator(`#${topic.id}-${region.slug}`);
      const commitments = commitmentsOn(localised(region.slug, 'en'), topic.id);
      if (commitments.length === 0) await expect(section.locator('.not-mentioned')).toBeVisible();
      for (const { statement } of commitments) {
        await expect(section).toContainText(statement.text);
      }
    }
  }
});

test('the pair viewer draws any two regions from the open data, with the ids of a pair page', async ({ page }) => {
  await page.goto('/sv/compare/pair/?a=varmland&b=halland');
  await expect(page).toHaveURL(/\?regions=halland,varmland$/);
  await expect(
    page.getByRole('heading', { level: 2, name: getDictionary('sv').compare.pairTitle('Halland', 'Värmland') }),
  ).toBeVisible();
  const [first] = commitmentsOn(varmland, 'employer');
  await expect(page.locator('#employer-varmland').getByRole('link', { name: first!.statement })).toHaveAttribute(
    'href',
    `/sv/regions/varmland/#commitment-${first!.id}`,
  );
  await expect(page.locator('#employer-halland .not-mentioned')).toBeVisible();
  await expect(page.getByLabel(getDictionary('sv').pairViewer.chooserFirst)).toHaveValue('halland');
  await expect(page.getByLabel(getDictionary('sv').pairViewer.chooserSecond)).toHaveValue('varmland');
  await expect(
    page.getByRole('link', { name: getDictionary('sv').compare.pairTitle('Halland', 'Värmland') }),
  ).toHaveAttribute('href', '/sv/compare/halland/varmland/');
});

test.describe('the pair viewer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says it needs JavaScript and links every pair page instead', async ({ page }) => {
    await page.goto('/sv/compare/pair/?regions=halland,varmland');
    const t = getDictionary('sv');
    await expect(page.getByText(t.pairViewer.needsScriptPairs)).toBeVisible();
    for (const [a, b] of regionPairs(regions)) {
      const [first, second] = canonicalPair(content, a, b)!;
      await expect(
        page.getByRole('link', { name: t.compare.pairName(first.name, second.name), exact: true }),
      ).toHaveAttribute('href', `/sv/compare/${a}/${b}/`);
    }
  });
});

test("the hub's timeline draws each plan as a bar where its years are on the axis", async ({ page }) => {
  await page.goto('/sv/compare/');
  const periods = regions.flatMap((region) =>
    region.plans.flatMap(({ period: { from, to } }) => (from !== undefined && to !== undefined ? [{ from, to }] : [])),
  );
  const first = Math.min(...periods.map((period) => period.from));
  const last = Math.max(Number(buildDate().slice(0, 4)) + 1, ...periods.map((period) => period.to));
  const years = last - first + 1;
  const rows = page.locator('.plan-timeline ul').first().locator('> li');
  await expect(rows).toHaveCount(periods.length);
  for (const row of await rows.all()) {
    // The period as the label says it, in parentheses or as part of the title ("Verksamhetsplan 2014 för …").
    const [, from, to = from] = [...(await row.textContent())!.matchAll(/(\d{4})(?:–(\d{4}))?/g)].at(-1)!;
    const track = (await row.locator('rect').nth(0).boundingBox())!;
    const bar = (await row.locator('rect').nth(1).boundingBox())!;
    expect((bar.x - track.x) / track.width).toBeCloseTo((Number(from) - first) / years, 2);
    expect(bar.width / track.width).toBeCloseTo((Number(to) - Number(from) + 1) / years, 2);
  }
});

for (const path of [
  '/sv/compare/',
  '/en/compare/',
  '/sv/compare/halland/varmland/',
  '/nb/compare/hedmark/umearegionen/',
]) {
  test(`every link on ${path} has a name of its own for each place it leads to`, async ({ page }) => {
    await page.goto(path);
    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const copy = anchor.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        const name = (anchor.getAttribute('aria-label') ?? copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        return { name, href: (anchor as HTMLAnchorElement).href };
      }),
    );
    const targets = new Map<string, Set<string>>();
    for (const { name, href } of links) targets.set(name, (targets.get(name) ?? new Set()).add(href));
    const shared = [...targets]
      .filter(([, hrefs]) => hrefs.size > 1)
      .map(([name, hrefs]) => `${name}: ${[...hrefs].join(', ')}`);
    expect(shared, 'link names that lead to more than one place').toEqual([]);
  });
}

test('a comparison that shows translated statements says who translated them', async ({ page }) => {
  for (const path of ['/en/compare/', '/en/compare/halland/hedmark/', '/en/topics/employer/', '/en/charter/']) {
    await page.goto(path);
    await expect(page.locator('.translation-notice')).toHaveText(getDictionary('en').translation.comparisonNote);
  }
});
