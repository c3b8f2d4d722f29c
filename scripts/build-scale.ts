// Builds a synthetic site above the list limit (lib/scale.ts) into .scale/out, for the tests in
// tests/scale/ (npm run test:scale): a dozen regions, with the limits set low, so that every list page
// splits into county parts as it would at hundreds, in a build that takes a minute rather than ten.
// Both countries have regions; some counties hold several (a county's own body and some of its
// municipalities), and one region lies in two counties. A site already in out/ is put back
// afterwards, so that the other checks can still run on it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { getRegister } from '../lib/places/register';
import { firstMunicipalRegion, writeCorpus } from './bench/corpus';
import { scaleSite } from './lib/scale-site';

// The corpus's places are every county (Norway's, then Sweden's), then every municipality alike.
const { counties, municipalities } = getRegister();
const firstSwedish = (list: readonly { country: string }[]) => list.findIndex((item) => item.country === 'SE');
const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);
writeCorpus(scaleSite.content, [
  ...range(0, 4),
  ...range(firstSwedish(counties), 2),
  ...range(firstMunicipalRegion, 3),
  ...range(firstMunicipalRegion + firstSwedish(municipalities), 2),
]);
// The first region (Oslo's county) also covers the first municipality of the next county.
const spanning = path.join(scaleSite.content, 'regions', 'region-001.mdx');
const other = municipalities.find((municipality) => municipality.county !== municipalities[0]!.county)!;
writeFileSync(
  spanning,
  readFileSync(spanning, 'utf8').replace(/^(place:\n {2}municipalities:\n)/m, `$1    - "${other.code}"\n`),
);

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
