import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Dictionary } from './i18n';
import { listPagesWhole } from './scale';

export const ogSize = { width: 1200, height: 630 };

/**
 * Fonts for share images, read from the repository: next/og would otherwise fetch any glyph its
 * bundled font lacks (å, ä, ö, æ, ø) from another host at build time.
 */
export function ogFonts() {
  fonts ??= readFonts();
  return fonts;
}

let fonts: ReturnType<typeof readFonts> | undefined;

async function readFonts() {
  const dir = path.join(process.cwd(), 'assets/fonts');
  const [regular, bold] = await Promise.all([
    readFile(path.join(dir, 'noto-sans-latin-400-normal.woff')),
    readFile(path.join(dir, 'noto-sans-latin-700-normal.woff')),
  ]);
  return [
    { name: 'Noto Sans', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans', data: bold, weight: 700 as const, style: 'normal' as const },
  ];
}

/**
 * The regions a share image of a comparison names: each by name while the page holds them all, and
 * how many above the list limit (lib/scale.ts), where 700 names would not fit and would only slow the
 * drawing.
 */
export function regionsInWords(regions: readonly { name: string }[], t: Dictionary): string {
  return listPagesWhole(regions.length)
    ? regions.map((region) => region.name).join(' · ')
    : t.parts.regionCount(regions.length);
}
