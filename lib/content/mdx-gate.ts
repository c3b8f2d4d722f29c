/**
 * The gate every content MDX file passes on its way into the build (lib/content/mdx-loader.mjs runs
 * it before @mdx-js/loader compiles the file): a file the MDX rules refuse stops the build or the
 * preview with the content check's own messages, so no page can render what the check would refuse,
 * whether or not anyone ran the check.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { knownPagePaths } from './check';
import { contentDir } from './dir';
import { formatError, sortErrors } from './errors';
import { readContent } from './load';
import { checkMdx } from './mdx-rules';

let pagePaths: { key: string; paths: ReadonlySet<string> } | undefined;

/**
 * The pages a link may lead to: links are the only rule that needs them. Read again only when a region
 * file comes or goes or the topics change, so that a preview running while staff add a region knows it.
 */
function currentPagePaths(): ReadonlySet<string> {
  const dir = contentDir();
  const key = [...readdirSync(path.join(dir, 'regions')), statSync(path.join(dir, 'topics.yaml')).mtimeMs].join('\n');
  if (pagePaths?.key !== key) pagePaths = { key, paths: knownPagePaths(readContent(dir)) };
  return pagePaths.paths;
}

/** Whether a file is content, held to the rules, rather than one of the site's own texts (app/…/_text/). */
function isContent(file: string): boolean {
  const relative = path.relative(path.resolve(contentDir()), file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Why the file may not be built, as the content check words it; undefined when it may. */
export async function mdxRefusal(file: string, text: string): Promise<string | undefined> {
  if (!isContent(file)) return undefined;
  const errors = await checkMdx(path.relative(process.cwd(), file), text, currentPagePaths());
  return errors.length === 0 ? undefined : sortErrors(errors).map(formatError).join('\n');
}
