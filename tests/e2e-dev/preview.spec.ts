import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { devPreviewContent } from '../support/dev-preview';
import { expect, test } from '../support/test';

const file = path.join(devPreviewContent, 'regions/halland.mdx');
const statement = 'Länsstyrelsen kartlägger och följer utvecklingen av jämställdhet i länet.';
const edited = 'Länsstyrelsen kartlägger och följer varje år utvecklingen av jämställdhet i länet.';

function edit(find: string | RegExp, replace: string) {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(find);
  writeFileSync(file, text.replace(find, replace));
}

test.describe.configure({ mode: 'serial' });

test('an edited statement shows on the next load of its page', async ({ page }) => {
  await page.goto('/sv/regions/halland/');
  await expect(page.getByText(statement).first()).toBeVisible();
  edit(statement, edited);
  await page.goto('/sv/regions/halland/');
  await expect(page.getByText(edited).first()).toBeVisible({ timeout: 1_000 });
  await expect(page.getByText(statement)).toHaveCount(0);
});

test('a mistake in the fields shows the content check’s message, with file, line and field', async ({ request }) => {
  edit(/^reviewed: .*$/m, 'reviewed: 2026-02-30');
  const response = await request.get('/sv/regions/halland/');
  expect(response.status()).toBe(500);
  expect(await response.text()).toMatch(/halland\.mdx:\d+:\d+ {2}reviewed: 2026-02-30 is not a date/);
});
