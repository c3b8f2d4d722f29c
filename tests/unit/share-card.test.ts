import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { shareCard } from '@/components/og/ShareCard';

const cacheDir = path.join(process.cwd(), '.next/cache/share-images');
const cached = () => (existsSync(cacheDir) ? readdirSync(cacheDir) : []);
const card = (title: string) => ({ kicker: 'Jämställdhetsportalen', title, lines: ['Test'], footer: 'Test' });

describe('share images', () => {
  const before = cached();
  // The test's own images, one of them marked, stay out of the cache the build reads.
  afterAll(() => {
    for (const file of cached().filter((name) => !before.includes(name))) rmSync(path.join(cacheDir, file));
  });

  it('are drawn once for the same words, read from the cache after, and drawn again when a word changes', async () => {
    const title = `Provregion ${process.pid} ${Date.now()}`;
    const first = Buffer.from(await (await shareCard(card(title))).arrayBuffer());
    expect(first.subarray(1, 4).toString()).toBe('PNG');
    const added = cached().filter((file) => !before.includes(file));
    expect(added).toHaveLength(1);
    expect(statSync(path.join(cacheDir, added[0]!)).size).toBe(first.length);
    // Marked, so that the test sees the second call read the file rather than draw the card again.
    const marked = Buffer.concat([first, Buffer.from('cached')]);
    writeFileSync(path.join(cacheDir, added[0]!), marked);
    const again = Buffer.from(await (await shareCard(card(title))).arrayBuffer());
    expect(again.equals(marked)).toBe(true);
    const changed = Buffer.from(await (await shareCard(card(`${title}!`))).arrayBuffer());
    expect(changed.equals(first)).toBe(false);
    expect(cached().filter((file) => !before.includes(file))).toHaveLength(2);
  });
});
