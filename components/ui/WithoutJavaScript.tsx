'use client';

import { type ReactNode, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Shows its children only where no JavaScript runs: in the static HTML, and so to a visitor without
 * JavaScript. Once the page's code runs they are removed. Unlike <noscript>, this also holds where a
 * browser has scripting switched off per page rather than for the whole document.
 */
export function WithoutJavaScript({ children }: { children: ReactNode }) {
  const running = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return running ? null : children;
}
