import type { Page } from '@playwright/test';

import { getDictionary } from '../../lib/i18n';
import { expect, test } from '../support/test';

// One page of each type, with the longest names and the widest tables the content has.
const pages = [
  '/',
  '/sv/',
  '/nb/regions/hedmark/',
  '/sv/regions/umearegionen/',
  '/sv/compare/',
  '/en/compare/hedmark/umearegionen/',
  '/sv/compare/pair/?regions=norrbotten,umearegionen',
  '/nb/topics/employer/',
  '/en/charter/',
  '/nb/municipalities/',
  '/sv/search/',
  '/nb/about/',
  '/en/accessibility/',
  '/sv/no-such-page/',
];

/**
 * What sticks out to the right of the screen: the page itself scrolling sideways, and any element
 * that does so inside a box that clips it. Only a region that says it can be scrolled, and can be
 * reached with the keyboard to scroll it, may be wider than its box.
 */
function sidewaysProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`the page is ${root.scrollWidth - root.clientWidth} px too wide`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      const scrolls = ['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      if (!scrolls) continue;
      const named = element.getAttribute('role') === 'region' && element.hasAttribute('aria-labelledby');
      if (!named || element.tabIndex < 0)
        problems.push(`<${element.localName} class="${element.className}"> scrolls sideways unnamed`);
    }
    // Inside a box of one pixel that clips it: there for a screen reader only (sr-only), not seen.
    const screenReaderOnly = (element: Element) => {
      for (let box: Element | null = element; box; box = box.parentElement) {
        if (box.getBoundingClientRect().width <= 1 && getComputedStyle(box).overflow !== 'visible') return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.right <= root.clientWidth + 1 || screenReaderOnly(element)) continue;
      if (element.closest('[role="region"]')) continue;
      problems.push(
        `<${element.localName}> "${element.textContent?.trim().slice(0, 40)}" ends at ${Math.round(rect.right)} px`,
      );
    }
    return problems;
  });
}

// Chromium reports the missing page's 404 status as an error in the console: expected here.
test.use({ allowedConsoleErrors: [/status of 404/] });

for (const { width, textSize } of [
  { width: 320, textSize: 100 },
  { width: 375, textSize: 100 },
  { width: 375, textSize: 200 },
  { width: 1280, textSize: 100 },
]) {
  test(`every page type fits a ${width} px screen at ${textSize} % text size without scrolling sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of pages) {
      await page.goto(path);
      // As a reader's text-size setting does: every size in rem grows with the root's.
      if (textSize !== 100)
        await page.evaluate((size) => (document.documentElement.style.fontSize = `${size}%`), textSize);
      expect(await sidewaysProblems(page), path).toEqual([]);
    }
  });
}

/** Whether two cells sit side by side, or one under the other, as a reader sees them. */
async function arrangement(page: Page, first: string, second: string) {
  const [a, b] = await Promise.all([page.locator(first).boundingBox(), page.locator(second).boundingBox()]);
  if (a!.y + a!.height <= b!.y) return 'one under the other';
  return Math.abs(a!.y - b!.y) < 1 ? 'side by side' : 'overlapping';
}

test('the hub sets regions side by side on a wide screen, and stacks them under each topic on a phone', async ({
  page,
}) => {
  await page.goto('/sv/compare/');
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await arrangement(page, '#employer-halland', '#employer-hedmark')).toBe('side by side');
  await expect(page.locator('#employer-hedmark').getByText('Hedmark', { exact: true })).toBeHidden();
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await arrangement(page, '#employer > th', '#employer-halland')).toBe('one under the other');
  expect(await arrangement(page, '#employer-halland', '#employer-hedmark')).toBe('one under the other');
  await expect(page.locator('#employer-hedmark').getByText('Hedmark', { exact: true })).toBeVisible();
  // Stacked by the stylesheet, still a table to a screen reader: each cell keeps its column's region.
  const table = page.getByRole('table', { name: getDictionary('sv').compare.matrixCaption });
  await expect(table.getByRole('columnheader', { name: 'Hedmark' })).toHaveCount(1);
  await expect(table.getByRole('rowheader').first()).toBeAttached();
});

test('a pair page keeps its two columns on a phone, and stacks them where large text leaves them too narrow', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/en/compare/hedmark/umearegionen/');
  const cells = ['#plans-hedmark', '#plans-umearegionen'] as const;
  expect(await arrangement(page, ...cells)).toBe('side by side');
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await arrangement(page, ...cells)).toBe('one under the other');
  await expect(page.locator('#plans-umearegionen').getByText('Umeåregionen', { exact: true })).toBeVisible();
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await arrangement(page, ...cells)).toBe('one under the other');
});
