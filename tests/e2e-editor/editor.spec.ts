import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

import { readContentFile } from '../../lib/cms/file-format';
import { editorContent, editorRepository } from '../support/editor-repository';
import { expect, test } from '../support/test';

// The web editor as staff use it under npm run edit: the real Decap CMS, the local proxy on 127.0.0.1
// and the development server, on a copy of the content in a git repository of its own.

const halland = path.join(editorContent, 'regions/halland.mdx');
const git = (...args: string[]) => execFileSync('git', ['-C', editorRepository, ...args], { encoding: 'utf8' });
/** What npm run content:check says of the editor's copy, warnings (on stderr) included; throws if it fails. */
const contentCheck = () => {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/content-check.ts'], {
    env: { ...process.env, CONTENT_DIR: editorContent },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`content check failed:\n${run.stdout}${run.stderr}`);
  return run.stderr + run.stdout;
};

test.describe.configure({ mode: 'serial' });

/** Opens the editor and signs in: under npm run edit, a click, with no account. */
async function signIn(page: Page) {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Logga in' }).click();
}

async function openHalland(page: Page) {
  await signIn(page);
  await page.getByRole('link', { name: 'Halland' }).click();
  await expect(page.getByLabel('Regionens namn', { exact: true })).toHaveValue('Halland');
}

/** Opens a folded list item by the text it is summarised with (its id). */
async function unfold(page: Page, summary: string) {
  await page.getByText(summary, { exact: true }).locator('xpath=..').getByRole('button').first().click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByText('Publicera nu').click();
  await expect(page.getByText('Ändringar sparade')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publicerad' })).toBeVisible();
}

test('a changed statement is saved to its file as a one-line change that the content check accepts', async ({
  page,
}) => {
  const before = 'Länsstyrelsen skapar kunskapsunderlag, till exempel könsuppdelad statistik.';
  const after = 'Länsstyrelsen skapar kunskapsunderlag, till exempel statistik uppdelad på kön.';
  await openHalland(page);
  await unfold(page, 'konsuppdelad-statistik');
  const statement = page.getByLabel('Åtagande', { exact: true }).filter({ visible: true });
  await expect(statement).toHaveValue(before);
  await statement.fill(after);
  await publish(page);

  expect(readFileSync(halland, 'utf8')).toContain(`    statement: ${after}\n`);
  expect(contentCheck()).toContain('Content OK');
  const changedLines = git('diff', '-U0')
    .split('\n')
    .filter((line) => /^[-+](?![-+]{2} )/.test(line));
  expect(changedLines).toEqual([`-    statement: ${before}`, `+    statement: ${after}`]);
  git('checkout', '--', '.');
});

test('a commitment added with a topic and an article from the lists shows on that topic’s page', async ({ page }) => {
  const statement = 'Länsstyrelsen tar fram en årlig jämställdhetsanalys av länets statistik.';
  await openHalland(page);
  await page.getByRole('button', { name: 'Lägg till åtagande' }).click();
  // Optional fields are labelled "Ämne (frivillig)".
  const added = (label: string) =>
    page
      .getByLabel(new RegExp(`^${label}( \\(frivillig\\))?$`))
      .filter({ visible: true })
      .last();
  await added('Id').fill('arlig-jamstalldhetsanalys');
  await added('Ämne').fill('Statistik och uppföljning');
  await page.keyboard.press('Enter');
  await added('Artiklar i deklarationen').fill('Jämställdhetsanalys');
  await page.keyboard.press('Enter');
  await added('Åtagande').fill(statement);
  await added('Källa').selectOption('jamstalldhet');
  await publish(page);

  const file = readFileSync(halland, 'utf8');
  expect(file).toContain(
    [
      '  - id: arlig-jamstalldhetsanalys',
      '    topic: statistics',
      '    articles: [9]',
      `    statement: ${statement}`,
      '    source: jamstalldhet',
    ].join('\n'),
  );
  expect(contentCheck()).toContain('Content OK');

  await page.goto('/sv/topics/statistics/');
  await expect(page.getByText(statement)).toBeVisible();
  git('checkout', '--', '.');
});

test("a translation is edited beside its source text, keeps the source text's hash and stays current", async ({
  page,
}) => {
  const file = path.join(editorContent, 'translations/en/halland.mdx');
  const before = readFileSync(file, 'utf8');
  await signIn(page);
  await page.getByRole('link', { name: 'Översättningar till engelska' }).click();
  await page.getByRole('link', { name: 'halland' }).click();
  const summary = page.getByRole('group', { name: 'Översättningar' }).getByRole('listitem').first();
  await expect(summary.getByRole('heading')).toHaveText('Sammanfattning');
  await expect(summary.getByText('Aktuell')).toBeVisible();
  await expect(summary.locator('blockquote[lang="sv"]')).toContainText('Länsstyrelsen i Hallands län stödjer');
  // Decap's own form is its authors' to make accessible; the translation widgets are this project's.
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () =>
    (
      await (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(
        { include: [['.translation-entries'], ['.translation-body']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      )
    ).violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.failureSummary).join('; ')}`,
    ),
  );
  expect(violations).toEqual([]);
  // The termbase's renderings of the terms the source text uses stand beside it, and the text keeps them.
  await expect(summary.locator('.translation-terms')).toContainText(
    '«jämställdhetsintegrering»: skriv «gender mainstreaming»',
  );
  // So do those the narrative uses, outside its folded source text.
  await expect(page.getByRole('group', { name: 'Den löpande texten' }).locator('.translation-terms')).toContainText(
    '«könsuppdelad statistik»: skriv «sex-disaggregated statistics»',
  );
  const translated =
    'The County Administrative Board supports regional actors in their work for gender equality and uses gender mainstreaming. Strategi för ett jämställt Halland 2017–2020 (Strategy for a gender-equal Halland 2017–2020) regionalises the national gender equality policy objectives.';
  await summary.getByRole('textbox').fill(translated);
  await expect(summary.getByText('Aktuell')).toBeVisible();
  await publish(page);

  // The summary is the one entry that changed, with the text written and the hash of its source text.
  const entries = (text: string) => readContentFile(text).entries as Record<string, { text: string; of: string }>;
  const { summary: was, ...others } = entries(before);
  const { summary: now, ...untouched } = entries(readFileSync(file, 'utf8'));
  expect(now).toEqual({ text: translated, of: was!.of });
  expect(untouched).toEqual(others);
  const check = contentCheck();
  expect(check).toContain('Translations: all 10 up to date');
  expect(check).not.toContain('warning');
  const changed = git('diff', '--numstat').trim().split('\n');
  expect(changed).toEqual([expect.stringMatching(/^\d+\t\d+\tcontent\/translations\/en\/halland\.mdx$/)]);
  git('checkout', '--', '.');
});
