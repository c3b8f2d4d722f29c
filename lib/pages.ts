import { paths } from './routes';

/** Every locale-less path that is a public page in each locale: the sitemap is built from this. */
export function publicPagePaths(): string[] {
  return [paths.home, paths.about, paths.accessibility];
}
