/**
 * Content for pages: loaded once per build process, and a build stops with the content check's
 * own messages if anything is wrong (npm run build runs the check first, so this is a backstop).
 *
 * In development (npm run dev) staff preview an edit by reloading the page. The bundler reloads an
 * MDX body by itself but knows nothing of the frontmatter, which is read here from disk: so in
 * development the content is read again whenever a file in the folder has changed.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { config } from '../config';
import type { Locale } from '../i18n/locales';
import { contentDir } from './dir';
import { formatError } from './errors';
import { type Content, loadContent, type Region } from './load';
import { localiseContent, type LocalisedRegion } from './localise';

let cached: { content: Content; version: string } | undefined;

/** The content folder's files with their sizes and times, which change with any edit. */
function versionOf(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stats = statSync(path.join(dir, name));
      return `${name}:${stats.size}:${stats.mtimeMs}`;
    })
    .join('\n');
}

export function getContent(): Content {
  const dir = contentDir();
  const version = config().NODE_ENV === 'development' ? versionOf(dir) : '';
  if (!cached || cached.version !== version) {
    const result = loadContent(dir);
    if (!result.ok) {
      throw new Error(
        `The content has errors (run npm run content:check):\n${result.errors.map(formatError).join('\n')}`,
      );
    }
    cached = { content: result.content, version };
  }
  return cached.content;
}

let localised: { content: Content; byLocale: Map<Locale, LocalisedRegion[]> } | undefined;

/** Every published region as pages in `locale` show it, worked out once per locale. */
export function localisedRegions(locale: Locale): LocalisedRegion[] {
  const content = getContent();
  if (localised?.content !== content) localised = { content, byLocale: new Map() };
  let regions = localised.byLocale.get(locale);
  if (!regions) {
    regions = localiseContent(content, locale);
    localised.byLocale.set(locale, regions);
  }
  return regions;
}

/** The region with this slug, or undefined. */
export function findRegion(slug: string): Region | undefined {
  return getContent().regions.find((region) => region.slug === slug);
}

export type { Content, LocalisedRegion, Region };
