import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { load } from 'cheerio';

export interface PageWeight {
  /** Bytes after gzip, as a browser downloads them from a server that compresses. */
  html: number;
  js: number;
  css: number;
}

/** The built file a site path maps to: "/sv/" is out/sv/index.html. */
function fileFor(root: string, urlPath: string): string {
  return path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

function gzipped(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/**
 * What a browser downloads for a page, counted from the HTML's own references: the HTML, every
 * script it loads or preloads, every stylesheet. Each file counts once, gzip-compressed.
 */
export function pageWeight(root: string, urlPath: string, basePath = ''): PageWeight {
  const htmlFile = fileFor(root, urlPath);
  const $ = load(readFileSync(htmlFile, 'utf8'));
  const local = (href: string | undefined) =>
    href && href.startsWith(`${basePath}/`) ? href.slice(basePath.length).split(/[?#]/)[0] : undefined;
  const scripts = new Set(
    [
      // A module-supporting browser skips nomodule scripts (Next's polyfills for old browsers).
      ...$('script[src]:not([nomodule])')
        .map((_, element) => $(element).attr('src'))
        .get(),
      ...$('link[rel="preload"][as="script"], link[rel="modulepreload"]')
        .map((_, element) => $(element).attr('href'))
        .get(),
    ]
      .map(local)
      .filter((href): href is string => href !== undefined),
  );
  const styles = new Set(
    $('link[rel="stylesheet"]')
      .map((_, element) => local($(element).attr('href')))
      .get()
      .filter((href): href is string => href !== undefined),
  );
  const sum = (files: Set<string>) => [...files].reduce((total, file) => total + gzipped(fileFor(root, file)), 0);
  return { html: gzipped(htmlFile), js: sum(scripts), css: sum(styles) };
}
