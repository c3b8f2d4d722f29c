import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Pages that exist in the build but are no public address of their own. */
const NOT_PUBLIC = [
  /^\/_not-found\//,
  /^\/pagefind\//,
  /^\/404\/$/,
  /^\/(sv|nb|en)\/404\/$/,
  // A region's column, which the pair viewer fetches: a part of a page, not a page to link to.
  /^\/(sv|nb|en)\/compare\/pair\/[^/]+\/$/,
];

/**
 * A county part kept below the list limit only because its route must have a page (lib/places/
 * county-parts.ts): it asks not to be indexed, and which county it is moves as regions are added.
 */
function placeholder(url: string, file: string): boolean {
  return (
    /^\/(sv|nb|en)\/(compare|topics\/[^/]+)\/county\/[^/]+\/$/.test(url) &&
    /<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'))
  );
}

/** The site's public URL paths, read from a built site: every page, data file and machine file. */
export function publicUrlsOf(root: string): string[] {
  const urls: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(relative);
      } else if (entry.name === 'index.html') {
        if (!placeholder(`${dir}/`, path.join(root, relative))) urls.push(`${dir}/`);
      } else if (/\.(json|geojson|csv|xml|txt)$/.test(entry.name) && !/^(index\.|__next)/.test(entry.name)) {
        urls.push(relative);
      }
    }
  };
  walk('');
  urls.push('/404.html');
  return urls.filter((url) => !NOT_PUBLIC.some((pattern) => pattern.test(url))).sort();
}

/** Reads the committed list: one path per line; blank lines and lines starting with # are notes. */
export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The URLs in the list that the built site does not have: each one a published link now broken. */
export function missingUrls(root: string, listed: string[]): string[] {
  return listed.filter((url) => {
    const file = url.endsWith('/') ? `${url}index.html` : url;
    return !existsSync(path.join(root, file));
  });
}
