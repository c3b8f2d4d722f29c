// Screenshots of built pages at a phone and a desktop width, for looking at a change as a visitor would.
// Usage: npm run screenshots -- [--slices] /sv/ /nb/about/   (pages default to the home pages; images go
// to screenshots/). --slices cuts each long page into screen-high pieces that are easier to look at.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/support/browser';
import { startStaticServer } from './lib/static-server';

const WIDTHS = [375, 1280];
const port = 4180;
const args = process.argv.slice(2);
const slices = args.includes('--slices');
const requested = args.filter((arg) => arg !== '--slices');
const pages = requested.length > 0 ? requested : ['/', '/sv/', '/nb/', '/en/'];
const SLICE_HEIGHT = 1000;

const server = await startStaticServer(port);
try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const name = path.replace(/^\/|\/$/g, '').replace(/[/#?]/g, '_') || 'root';
      if (!slices) {
        const file = `screenshots/${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        continue;
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, index = 0; y < height; y += SLICE_HEIGHT, index++) {
        const file = `screenshots/${name}-${width}-${index}.png`;
        const clip = { x: 0, y, width, height: Math.min(SLICE_HEIGHT, height - y) };
        await page.screenshot({ path: file, fullPage: true, clip });
        console.log(file);
      }
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}
