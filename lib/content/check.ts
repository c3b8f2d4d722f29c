import { sitePagePaths } from '../pages';
import { type LoadResult, readContent, type ReadOptions, type ReadResult, toContent } from './load';
import { checkMdx } from './mdx-rules';

/**
 * Everything loadContent checks, plus each MDX body: it parses and uses only what content may use.
 * Kept apart from load.ts so that pages never pull the MDX compiler into the site's build.
 */
export async function checkContent(dir: string, options?: ReadOptions): Promise<LoadResult> {
  const read = readContent(dir, options);
  const knownPaths = knownPagePaths(read);
  for (const { file, text } of [...read.texts, ...read.translationTexts]) {
    read.errors.push(...(await checkMdx(file, text, knownPaths)));
  }
  return toContent(read);
}

/** The site paths a link in content may lead to. */
export function knownPagePaths(read: ReadResult): Set<string> {
  return sitePagePaths({
    regionSlugs: read.texts.filter(({ draft }) => !draft).map(({ slug }) => slug),
    topicIds: read.topics?.data.map((topic) => topic.id) ?? [],
  });
}
