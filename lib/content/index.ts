/**
 * Content for pages: loaded once per build process, and a build stops with the content check's
 * own messages if anything is wrong (npm run build runs the check first, so this is a backstop).
 */
import { contentDir } from './dir';
import { formatError } from './errors';
import { type Content, loadContent, type Region } from './load';

let cached: Content | undefined;

export function getContent(): Content {
  if (!cached) {
    const result = loadContent(contentDir());
    if (!result.ok) {
      throw new Error(`The content has errors (run npm run content:check):\n${result.errors.map(formatError).join('\n')}`);
    }
    cached = result.content;
  }
  return cached;
}

/** The region with this slug, or undefined. */
export function findRegion(slug: string): Region | undefined {
  return getContent().regions.find((region) => region.slug === slug);
}

export type { Content, Region };
