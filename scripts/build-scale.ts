// Builds a synthetic site above the list limit (lib/scale.ts) into .scale/out, for the tests in
// tests/scale/ (npm run test:scale): a dozen regions, with the limits set low, so that every list page
// splits into county parts as it would at hundreds, in a build that takes a minute rather than ten.
// Some counties hold several regions (a county's own body and some of its municipalities). A site
// already in out/ is put back afterwards, so that the other checks can still run on it.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

import { firstMunicipalRegion, writeCorpus } from './bench/corpus';
import { scaleSite } from './lib/scale-site';

writeCorpus(scaleSite.content, [
  ...Array.from({ length: 6 }, (_, index) => index),
  ...Array.from({ length: 6 }, (_, index) => firstMunicipalRegion + index),
]);

rmSync(scaleSite.out, { recursive: true, force: true });
const kept = existsSync('out');
if (kept) renameSync('out', '.out-kept');
try {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, ...scaleSite.env } });
  renameSync('out', scaleSite.out);
} finally {
  rmSync('out', { recursive: true, force: true });
  if (kept) renameSync('.out-kept', 'out');
}
console.log(`Built the synthetic site above the list limit into ${scaleSite.out}/`);
