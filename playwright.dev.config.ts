import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumExecutable } from './tests/support/browser';
import { devPreviewContent } from './tests/support/dev-preview';

// npm run dev as staff use it to preview an edit: the development server on a copy of the content, so
// that the tests can edit it. The first page compiles on the first request, which takes a while.
const port = Number(process.env.E2E_DEV_PORT ?? 4175);

export default defineConfig({
  testDir: 'tests/e2e-dev',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 180_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    navigationTimeout: 150_000,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  webServer: {
    command: `rm -rf ${devPreviewContent} && mkdir -p ${devPreviewContent} && cp -R content/. ${devPreviewContent}/ && exec node_modules/.bin/next dev -H 127.0.0.1 -p ${port}`,
    env: { CONTENT_DIR: devPreviewContent, NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${port}/sv/`,
    reuseExistingServer: false,
    timeout: 180_000,
    // The second test breaks the content on purpose, and the server reports it at length.
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
