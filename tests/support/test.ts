import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Playwright's test, failing any test in whose page the browser reports an error: a script error, a
 * resource that failed to load, or a breach of the content security policy (which Chromium reports
 * as a console error). A test that expects one, such as a visit to a missing page, names it in
 * `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use, testInfo) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedConsoleErrors.some((allowed) => allowed.test(message.text()))) {
          errors.push(`${page.url()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      if (testInfo.status === testInfo.expectedStatus && errors.length > 0) {
        throw new Error(`The browser reported errors:\n${errors.join('\n')}`);
      }
    },
    { auto: true },
  ],
});
