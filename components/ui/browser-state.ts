import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while rendering on the server (and so in the static HTML a visitor without JavaScript gets),
 * true once the page's code runs in the browser. The one way this site tells the two apart.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The page address's query string ("?q=…"), read without a hydration mismatch: "" in the static HTML. */
export function useLocationSearch(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => '',
  );
}
