import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

interface Manifest {
  clientModules: Record<string, unknown>;
}

/**
 * The project's own client components that each built page uses, read from Next's client reference
 * manifests (.next/server/app/…/page_client-reference-manifest.js). The framework's own, under
 * node_modules, are left out: the documents step removes them with the runtime.
 */
export function projectClientModules(appDir: string): { page: string; module: string }[] {
  const manifests = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('_client-reference-manifest.js'),
  );
  if (manifests.length === 0) throw new Error(`No client reference manifests in ${appDir}: run next build first.`);
  return manifests.flatMap((name) => {
    // Each manifest is a script that assigns to globalThis.__RSC_MANIFEST; run it in a sandbox of its own.
    const sandbox: { __RSC_MANIFEST?: Record<string, Manifest>; globalThis?: unknown } = {};
    sandbox.globalThis = sandbox;
    vm.runInNewContext(readFileSync(path.join(appDir, name), 'utf8'), sandbox);
    return Object.entries(sandbox.__RSC_MANIFEST ?? {}).flatMap(([page, manifest]) =>
      Object.keys(manifest.clientModules)
        .filter((module) => !module.includes('/node_modules/'))
        .map((module) => ({ page, module: module.replace(/^\[project\]\//, '').replace(/ <.*>$/, '') })),
    );
  });
}
