'use client';

import type { ReactNode } from 'react';
import { useHydrated } from './browser-state';

/**
 * Shows its children only where no JavaScript runs: in the static HTML, and so to a visitor without
 * JavaScript. Once the page's code runs they are removed. Unlike <noscript>, this also holds where a
 * browser has scripting switched off per page rather than for the whole document.
 */
export function WithoutJavaScript({ children }: { children: ReactNode }) {
  return useHydrated() ? null : children;
}
