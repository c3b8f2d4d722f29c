import { defineConfig } from '@playwright/test';

import { chromiumArgs, chromiumExecutable } from './tests/support/browser';
import { editorContent, editorRepository } from './tests/support/editor-repository';

// npm run edit as staff use it: the local proxy and the development server, on a copy of the content
// committed to a git repository of its own, so that the tests can edit it and read git diff.
const port = Number(process.env.E2E_EDITOR_PORT ?? 4177);
const copy = [
  `rm -rf ${editorRepository}`,
  `mkdir -p ${editorRepository}`,
  `cp -R content ${editorRepository}/`,
  `git -C ${editorRepository} init -q`,
  `git -C ${editorRepository} add -A`,
  `git -C ${editorRepository} -c user.name=test -c user.email=test@localhost commit -qm copy`,
].join(' && ');

export default defineConfig({
  testDir: 'tests/e2e-editor',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 240_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    navigationTimeout: 150_000,
    actionTimeout: 20_000,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  webServer: {
    command: `${copy} && exec node_modules/.bin/tsx scripts/edit.ts`,
    env: { CONTENT_DIR: editorContent, EDIT_PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${port}/admin/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
