import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { AxeResults } from 'axe-core';

import { allPagePaths } from '../support/built-site';
import { expect, test } from '../support/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);
// axe is put into every page before the page's own code, as the browser extension does: compiled once
// per browser process rather than sent over and compiled again for each page, which on a two-core
// machine made the axe run three times slower.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

test.beforeEach(async ({ context }) => {
  await context.addInitScript({ content: axeSource });
});

/** The pages in groups of a dozen, each group one test in one tab: a new tab for each page costs more than its checks. */
const GROUP_SIZE = 12;
const paths = allPagePaths();
const groups = Array.from({ length: Math.ceil(paths.length / GROUP_SIZE) }, (_, index) =>
  paths.slice(index * GROUP_SIZE, (index + 1) * GROUP_SIZE),
);

// One visit per page for what every page must do; the test fixture adds that the browser reports no
// error on any of them, a breach of the content security policy included.
for (const group of groups) {
  test(`no WCAG 2.1 A/AA violation (axe) and no request to another host: ${group[0]} … ${group.at(-1)}`, async ({
    page,
    baseURL,
  }) => {
    // The group's time grows with its pages: about 2 s each on a quiet two-core machine, and the default
    // 30 s for the whole group was once exceeded while other work ran beside the tests.
    test.setTimeout(group.length * 6_000);
    const ownOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== ownOrigin) foreign.push(`${page.url()}: ${request.url()}`);
    });
    for (const path of group) {
      await page.goto(path);
      const violations = await page.evaluate(
        async (tags) =>
          (
            await (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(
              document,
              { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
            )
          ).violations,
        WCAG_TAGS,
      );
      const report = violations
        .flatMap((violation) =>
          violation.nodes.map(
            (node) =>
              `  ${path}  rule ${violation.id} (${violation.impact}): ${violation.help}\n` +
              `    element: ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`,
          ),
        )
        .join('\n');
      expect.soft(violations.length, `WCAG violations on ${path}:\n${report}`).toBe(0);
      // Whatever the page's scripts fetch once it has loaded (search, the pair viewer) is asked for by now.
      await page.waitForLoadState('networkidle');
    }
    expect(foreign, `Requests to other hosts:\n${foreign.join('\n')}`).toEqual([]);
  });
}
