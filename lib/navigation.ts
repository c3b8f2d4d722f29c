import type { Dictionary } from './i18n';
import { paths } from './routes';

export interface NavItem {
  path: string;
  label: string;
}

/** The header's main navigation, in the order shown. */
export function mainNavigation(t: Dictionary): NavItem[] {
  return [
    { path: paths.home, label: t.nav.home },
    { path: paths.compare, label: t.nav.compare },
    { path: paths.charter, label: t.nav.charter },
    { path: paths.municipalities, label: t.nav.municipalities },
    { path: paths.about, label: t.nav.about },
  ];
}

/** "page" on the item for this very page, "true" on the section it belongs to, nothing otherwise. */
export function navCurrent(itemPath: string, pagePath: string): 'page' | 'true' | undefined {
  if (itemPath === pagePath) return 'page';
  if (itemPath !== '' && pagePath.startsWith(itemPath)) return 'true';
  return undefined;
}
