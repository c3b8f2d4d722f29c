import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/test';
import { allPagePaths } from '../support/built-site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

// One visit per page for what every page must do; the test fixture adds that the browser reports no
// error on it, a breach of the content security policy included.
for (const path of allPagePaths()) {
  test(`${path}: no WCAG 2.1 A/AA violation (axe), and no request to another host`, async ({ page, baseURL }) => {
    const ownOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== ownOrigin) foreign.push(request.url());
    });
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    // Whatever the page's scripts fetch once it has loaded (search, the pair viewer) has been asked for by now.
    await page.waitForLoadState('networkidle');
    expect(foreign, `${path} asked other hosts for:\n${foreign.join('\n')}`).toEqual([]);

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
