import type { Page } from '@playwright/test';
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
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.right <= root.clientWidth + 1) continue;
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
