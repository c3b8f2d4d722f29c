import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPagePaths } from '../support/built-site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const path of allPagePaths()) {
  test(`axe finds no WCAG 2.1 A/AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const report = violations
      .flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `  ${path}  rule ${violation.id} (${violation.impact}): ${violation.help}\n` +
            `    element: ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`,
        ),
      )
      .join('\n');
    expect(violations.length, `WCAG violations on ${path}:\n${report}`).toBe(0);
  });
}
