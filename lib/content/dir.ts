import path from 'node:path';

import { config } from '../config';

/** The content folder: content/ unless CONTENT_DIR names another (the benchmark uses this). */
export function contentDir(): string {
  return config().CONTENT_DIR;
}

/**
 * The content folder as the bundler needs it for the @content/* alias: relative to the project,
 * starting with "./". Turbopack resolves nothing outside the project, so a folder there is refused.
 */
export function contentDirForBundler(projectRoot: string): string {
  const relative = path.relative(projectRoot, path.resolve(projectRoot, contentDir()));
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`CONTENT_DIR must be a folder inside the project (${projectRoot}), not ${contentDir()}`);
  }
  return `./${relative.split(path.sep).join('/')}`;
}
