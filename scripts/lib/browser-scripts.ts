import path from 'node:path';

import { build } from 'esbuild';

/**
 * Bundles the named scripts of lib/browser/ (copy → lib/browser/copy.ts) into `outdir`, minified, with a
 * hash in each file name so that a host may cache them for good. Returns each name's file name.
 */
export async function bundleBrowserScripts(names: string[], outdir: string): Promise<Map<string, string>> {
  const unique = [...new Set(names)];
  const result = await build({
    entryPoints: Object.fromEntries(unique.map((name) => [name, path.join('lib/browser', `${name}.ts`)])),
    outdir,
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    metafile: true,
    logLevel: 'warning',
  });
  const files = new Map<string, string>();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = output.entryPoint && path.basename(output.entryPoint, '.ts');
    if (name) files.set(name, path.basename(file));
  }
  return files;
}
