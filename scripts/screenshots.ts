// Screenshots of built pages at a phone and a desktop width, for looking at a change as a visitor would.
// Usage: npm run screenshots -- [--slices] [--widths=320,375] [--text-size=200] /sv/ /nb/about/
// Pages default to the home pages; images go to screenshots/. --slices cuts each long page into
// screen-high pieces that are easier to look at; --text-size enlarges the text as a reader's setting does.
import { mkdirSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { chromiumArgs, chromiumExecutable } from '../tests/support/browser';
import { startStaticServer } from './lib/static-server';

const port = 4180;
const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const slices = args.includes('--slices');
const widths = (option('widths') ?? '375,1280').split(',').map(Number);
const textSize = Number(option('text-size') ?? 100);
const requested = args.filter((arg) => !arg.startsWith('--'));
const pages = requested.length > 0 ? requested : ['/', '/sv/', '/nb/', '/en/'];
const SLICE_HEIGHT = 1000;

const server = await startStaticServer(port);
try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      if (textSize !== 100)
        await page.evaluate((size) => (document.documentElement.style.fontSize = `${size}%`), textSize);
      const name = `${path.replace(/^\/|\/$/g, '').replace(/[/#?=,]/g, '_') || 'root'}${textSize === 100 ? '' : `-text${textSize}`}`;
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
