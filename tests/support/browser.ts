import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH if set, then Debian's package,
 * then (undefined) whatever Playwright has installed itself. Browser downloads do not work
 * on the CI machines, so scripts/setup-browser.sh installs Debian's package instead.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags that keep Chromium from reaching for Google's hosts, which the sandbox refuses. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Browser-test workers: Playwright's default is half the cores, which is one on a two-core machine,
 * where the tests spend most of their time waiting on the browser: two are faster there.
 */
export const e2eWorkers = Math.max(2, Math.floor(availableParallelism() / 2));
