import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumExecutable, e2eWorkers } from './tests/support/browser';

// The site built under a sub-path (npm run test:basepath): the same browser, a server that serves
// .basepath/ with the site in the sub-path, and the tests that prove every address respects it.
const port = Number(process.env.E2E_BASEPATH_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e-basepath',
  fullyParallel: true,
  workers: e2eWorkers,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    actionTimeout: 10_000,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  webServer: {
    command: `node_modules/.bin/serve -c serve.basepath.json -l tcp://127.0.0.1:${port} --no-request-logging`,
    url: `http://127.0.0.1:${port}${process.env.BASE_PATH ?? ''}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
