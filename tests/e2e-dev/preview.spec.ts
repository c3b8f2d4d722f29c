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

test('MDX the rules refuse never reaches a page, in a region’s file or a translation', async ({ request }) => {
  const embed = '<iframe src="https://example.com/"></iframe>';
  // Each case breaks a file no other test reads: after a refusal is fixed, Turbopack 16.4's development
  // server now and then keeps failing the page ("Could not parse module …mdx.tsx, file not found") until
  // it restarts, a bundler race that the README's preview section tells staff how to get past.
  for (const [name, sitePath] of [
    ['regions/varmland.mdx', '/sv/regions/varmland/'],
    ['translations/en/norrbotten.mdx', '/en/regions/norrbotten/'],
  ] as const) {
    const where = path.join(devPreviewContent, name);
    const before = readFileSync(where, 'utf8');
    writeFileSync(where, `${before}\n${embed}\n`);
    // The bundler sees the change once its file watcher does.
    await expect.poll(async () => (await request.get(sitePath)).status(), { timeout: 60_000 }).toBe(500);
    const body = await (await request.get(sitePath)).text();
    // The message is the content check's, whichever way the error page escapes the brackets.
    expect(body).toMatch(
      new RegExp(`${path.basename(name).replace('.', '\\.')}:\\d+:1 {2}\\S*iframe\\S* is not allowed in content`),
    );
    expect(body).not.toContain('src="https://example.com/"');
    writeFileSync(where, before);
  }
});

test('a mistake in the fields shows the content check’s message, with file, line and field', async ({ request }) => {
  edit(/^reviewed: .*$/m, 'reviewed: 2026-02-30');
  const response = await request.get('/sv/regions/halland/');
  expect(response.status()).toBe(500);
  expect(await response.text()).toMatch(/halland\.mdx:\d+:\d+ {2}reviewed: 2026-02-30 is not a date/);
});
