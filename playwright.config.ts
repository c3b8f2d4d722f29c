import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumExecutable, e2eWorkers } from './tests/support/browser';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: e2eWorkers,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    actionTimeout: 10_000,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  // The built site, served as any static host would serve it; serve is run directly (not via npx)
  // so that stopping it stops the server itself.
  webServer: {
    command: `node_modules/.bin/serve -c serve.json -l tcp://127.0.0.1:${port} --no-request-logging`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
