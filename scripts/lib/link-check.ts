import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { load } from 'cheerio';

export interface BrokenLink {
  /** The HTML file the link is in, relative to the site root. */
  file: string;
  /** The link as written. */
  link: string;
  reason: string;
}

export interface LinkCheckResult {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

export interface LinkCheckOptions {
  /** Folder holding the built site (out/). */
  root: string;
  /** The site's public origin: absolute links to it are checked like relative ones. */
  origin: string;
  /** Sub-path the site is served under, "" at the root. */
  basePath: string;
}

// Every attribute through which a page asks the browser for another file of the site.
const LINK_ATTRIBUTES = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
] as const;

const SKIPPED_SCHEMES = /^(mailto:|tel:|data:|javascript:|blob:)/i;

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, relative) : [relative];
  });
}

/** The URL a static host serves a file at: "sv/index.html" is "/sv/". */
function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Checks that every internal link in every HTML file under root leads to a file that exists
 * and, where it has a #fragment, to an element with that id.
 */
export function checkLinks({ root, origin, basePath }: LinkCheckOptions): LinkCheckResult {
  const files = new Set(listFiles(root));
  const idCache = new Map<string, Set<string>>();
  const idsIn = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      const $ = load(readFileSync(path.join(root, file), 'utf8'));
      ids = new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id') ?? '')
          .get(),
      );
      $('a[name]').each((_, el) => void ids!.add($(el).attr('name') ?? ''));
      idCache.set(file, ids);
    }
    return ids;
  };

  // How a static host maps a path to a file: "/a/" to a/index.html, "/a" to a or a/index.html.
  const fileFor = (localPath: string): string | undefined => {
    const bare = localPath.replace(/^\//, '');
    const candidates = localPath.endsWith('/') ? [`${bare}index.html`] : [bare, `${bare}/index.html`, `${bare}.html`];
    return candidates.find((candidate) => files.has(candidate));
  };

  const broken: BrokenLink[] = [];
  let links = 0;
  const htmlFiles = [...files].filter((file) => file.endsWith('.html')).sort();

  for (const file of htmlFiles) {
    const pageUrl = new URL(`${basePath}${urlPathOf(file)}`, origin);
    const $ = load(readFileSync(path.join(root, file), 'utf8'));
    for (const [selector, attribute] of LINK_ATTRIBUTES) {
      $(selector).each((_, element) => {
        const link = $(element).attr(attribute)?.trim();
        if (!link || SKIPPED_SCHEMES.test(link)) return;
        const url = new URL(link, pageUrl);
        if (url.origin !== pageUrl.origin) return;
        links += 1;
        const report = (reason: string): void => void broken.push({ file, link, reason });

        if (!url.pathname.startsWith(`${basePath}/`)) return report(`is outside the base path "${basePath}"`);
        const localPath = decodeURIComponent(url.pathname.slice(basePath.length));
        const target = fileFor(localPath);
        if (!target) return report('no such page or file');

        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !(target.endsWith('.html') && idsIn(target).has(fragment))) {
          report(`no element with id "${fragment}" in ${target}`);
        }
      });
    }
  }
  return { pages: htmlFiles.length, links, broken };
}
