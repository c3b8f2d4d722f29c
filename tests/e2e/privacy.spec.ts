import { expect, test } from '@playwright/test';
import { allPagePaths } from '../support/built-site';

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

for (const path of allPagePaths()) {
  test(`${path} requests nothing from another host`, async ({ page, baseURL }) => {
    const ownOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== ownOrigin) foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign, `${path} asked other hosts for:\n${foreign.join('\n')}`).toEqual([]);
  });
}
