/**
 * Everything the build reads from the environment, in one place and checked: a municipality deploys its
 * own copy by setting these, and a typo should stop the build with the variable's name, not publish a
 * site with a wrong address. Read on every call, because tests and scripts set variables as they go.
 */
import { z } from 'zod';

/** Where a build without SITE_URL points its links: right for a preview, wrong for anything published. */
export const previewSiteUrl = 'http://localhost:3000';

const environment = z
  .object({
    /** Public origin of the deployed site, for canonical links, the sitemap, citations and share images. */
    SITE_URL: z
      .url({ protocol: /^https?$/, error: 'write the whole address, like https://kommun.se' })
      .default(previewSiteUrl),
    /** Sub-path the site is served under, e.g. "/jamstalldhet"; empty at the root. */
    BASE_PATH: z.string().default(''),
    /** Repository that holds the content, for "edit this page" links. */
    REPOSITORY_URL: z.url().default('https://github.com/jamstalldhetsportalen/jamstalldhetsportalen'),
    REPOSITORY_BRANCH: z.string().default('main'),
    /**
     * The web editor's login (docs/web-editor.md): for GitHub, the address of the OAuth server that
     * signs staff in; unset, Decap CMS uses Netlify's.
     */
    EDITOR_AUTH_URL: z
      .url({ protocol: /^https$/, error: 'write the whole address, starting with https://' })
      .optional(),
    /** For GitLab: the id of the OAuth application staff sign in with, straight from the browser (PKCE). */
    EDITOR_APP_ID: z.string().optional(),
    /** The git host the web editor signs in to, when REPOSITORY_URL's address does not say (git.kommun.se). */
    EDITOR_BACKEND: z.enum(['github', 'gitlab'], { error: 'write github or gitlab' }).optional(),
    /** Where readers report errors in the content or problems with accessibility. */
    CONTACT_EMAIL: z.email().default('kontakt@jamstalldhetsportalen.se'),
    DATA_LICENCE_NAME: z.string().default('CC BY 4.0'),
    DATA_LICENCE_URL: z.url().default('https://creativecommons.org/licenses/by/4.0/'),
    /** The day time-dependent labels are computed for; the day of the build when not set. */
    BUILD_DATE: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'write it as YYYY-MM-DD')
      .optional(),
    /** The content folder, inside the project (the benchmark points it elsewhere). */
    CONTENT_DIR: z.string().default('content'),
    /** Up to how many regions every pair of regions gets a page of its own (lib/scale.ts). */
    PAIR_PAGES_MAX_REGIONS: z.coerce
      .number({ error: 'write a whole number, 0 or more' })
      .int({ error: 'write a whole number, 0 or more' })
      .min(0, { error: 'write a whole number, 0 or more' })
      .default(20),
    /**
     * Up to how many regions the pages that list every region (the hub, the topic and charter pages, the
     * home page, the search list) hold them all on one page; above it they become indexes by county.
     */
    LIST_PAGES_MAX_REGIONS: z.coerce
      .number({ error: 'write a whole number, 0 or more' })
      .int({ error: 'write a whole number, 0 or more' })
      .min(0, { error: 'write a whole number, 0 or more' })
      .default(20),
    /** "development" under npm run dev, where content is read again after every edit. */
    NODE_ENV: z.string().optional(),
  })
  // The search list names every pair page, so pairs may get pages only while the lists are whole.
  .refine((env) => env.PAIR_PAGES_MAX_REGIONS <= env.LIST_PAGES_MAX_REGIONS, {
    path: ['PAIR_PAGES_MAX_REGIONS'],
    error: 'write a number no larger than LIST_PAGES_MAX_REGIONS',
  });

export type Config = z.infer<typeof environment>;

/** The environment's values, with defaults; throws naming every variable that is set wrong. */
export function config(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (SITE_URL= in a CI file) means "not set", as it does to a shell reader.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = environment.safeParse(set);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')}=${JSON.stringify(set[String(issue.path[0])])}: ${issue.message}`,
    );
    throw new Error(`Environment variables set wrong:\n${problems.join('\n')}`);
  }
  return result.data;
}
