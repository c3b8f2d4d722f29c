/**
 * Site configuration: the one place that knows where the site lives and who runs it, from the
 * environment's values (lib/config.ts), so a municipality can deploy its own copy without editing code.
 */
import { config } from './config';

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** A base path must start with a slash and not end with one ("/jamstalldhet"), or be empty. */
function normaliseBasePath(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

const env = config();

export const site = {
  name: 'Jämställdhetsportalen',
  /** Public origin of the deployed site, used for canonical links, the sitemap and share images. */
  url: withoutTrailingSlash(env.SITE_URL),
  /** Sub-path the site is served under, e.g. "/jamstalldhet" on a municipal host; empty at the root. */
  basePath: normaliseBasePath(env.BASE_PATH),
  /** Repository that holds the content, for "edit this page" links. */
  repositoryUrl: withoutTrailingSlash(env.REPOSITORY_URL),
  /** Branch that "edit this page" links point at. */
  repositoryBranch: env.REPOSITORY_BRANCH,
  /** Where readers report errors in the content or problems with accessibility. */
  contactEmail: env.CONTACT_EMAIL,
  /** Licence of the open data: the site's compilation. Quotations remain their publishers'. */
  dataLicence: {
    name: env.DATA_LICENCE_NAME,
    url: env.DATA_LICENCE_URL,
  },
} as const;

/** A site path with the base path in front, for plain links and forms (next/link adds it by itself). */
export function withBasePath(path: string): string {
  return `${site.basePath}${path}`;
}

/** Absolute URL of a site path such as "/sv/regions/halland/", including the base path. */
export function absoluteUrl(path: string): string {
  return `${site.url}${withBasePath(path)}`;
}
