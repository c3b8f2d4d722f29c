// Puts the web editor's code in public/admin/ (git-ignored), where the site serves it from its own
// folder: Decap CMS's prebuilt bundle and the chunks it loads, without source maps or the image
// encoders of its media library (the content takes no uploads), and the site's own editor script.
// npm run build and npm run edit run this first.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { build } from 'esbuild';

const decapDist = 'node_modules/decap-cms/dist';
const target = 'public/admin/decap';

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
const bundle = readdirSync(decapDist).filter((file) => /^(\d+\.)?decap-cms\.js$/.test(file));
for (const file of bundle) {
  // Without its map comment, a browser's developer tools do not ask for a map that is not there.
  const text = readFileSync(path.join(decapDist, file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  writeFileSync(path.join(target, file), text);
}

await build({
  entryPoints: ['lib/cms/browser/editor.ts'],
  outfile: 'public/admin/editor.js',
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  logLevel: 'warning',
});
console.log(`Web editor: ${bundle.length} files of Decap CMS and editor.js in public/admin/.`);
