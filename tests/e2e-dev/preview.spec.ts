import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { devPreviewContent } from '../support/dev-preview';
import { expect, test } from '../support/test';

const file = path.join(devPreviewContent, 'regions/halland.mdx');
const translation = path.join(devPreviewContent, 'translations/en/halland.mdx');
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

test('MDX the rules refuse never reaches a page, in the region’s file or a translation', async ({ request }) => {
  const embed = '<iframe src="https://example.com/"></iframe>';
  for (const [where, sitePath] of [
    [file, '/sv/regions/halland/'],
    [translation, '/en/regions/halland/'],
  ] as const) {
    const before = readFileSync(where, 'utf8');
    writeFileSync(where, `${before}\n${embed}\n`);
    // The bundler sees the change once its file watcher does.
    await expect.poll(async () => (await request.get(sitePath)).status(), { timeout: 60_000 }).toBe(500);
    const body = await (await request.get(sitePath)).text();
    // The message is the content check's, whichever way the error page escapes the brackets.
    expect(body).toMatch(/halland\.mdx:\d+:1 {2}\S*iframe\S* is not allowed in content/);
    expect(body).not.toContain('src="https://example.com/"');
    writeFileSync(where, before);
    await expect.poll(async () => (await request.get(sitePath)).status(), { timeout: 60_000 }).toBe(200);
  }
});

test('a mistake in the fields shows the content check’s message, with file, line and field', async ({ request }) => {
  edit(/^reviewed: .*$/m, 'reviewed: 2026-02-30');
  const response = await request.get('/sv/regions/halland/');
  expect(response.status()).toBe(500);
  expect(await response.text()).toMatch(/halland\.mdx:\d+:\d+ {2}reviewed: 2026-02-30 is not a date/);
});
