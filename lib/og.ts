import { readFile } from 'node:fs/promises';
import path from 'node:path';

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
