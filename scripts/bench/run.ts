// npm run bench [-- 5 50 300]: how the build scales with the number of regions. For each N it writes a
// synthetic corpus (scripts/bench/corpus.ts) into .bench/, then times the content check, a cold Next.js
// build, the documents step and Pagefind on it, with peak memory, pages built and output size. Last it
// rebuilds the real site and runs the page budgets (three Lighthouse runs a page), and writes all of it to
// docs/performance.md, keeping the section between the history markers as it was. Not part of npm test:
// at N = 300 it takes minutes.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import prettier from 'prettier';

import { pairPagesMaxRegions } from '../../lib/scale';
import { writeCorpus } from './corpus';

interface Measured {
  seconds: number;
  peakMemoryMB: number;
  output: string;
}

/** Sum of the resident memory of a process and all its descendants, in kB (Linux ps). */
function treeMemoryKB(rootPid: number): Promise<number> {
  return new Promise((resolve) => {
    const ps = spawn('ps', ['-eo', 'pid=,ppid=,rss=']);
    let text = '';
    ps.stdout.on('data', (chunk) => (text += chunk));
    ps.on('close', () => {
      const rows = text
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
      const tree = new Set([rootPid]);
      for (let grew = true; grew;) {
        grew = false;
        for (const [pid, ppid] of rows) {
          if (tree.has(ppid) && !tree.has(pid)) {
            tree.add(pid);
            grew = true;
          }
        }
      }
      resolve(rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0));
    });
  });
}

/** Runs a command to the end, timing it and sampling the memory of its whole process tree. */
function measure(command: string, args: string[], env: Record<string, string>): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(async () => {
      if (child.pid) peak = Math.max(peak, await treeMemoryKB(child.pid));
    }, 250);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`));
      else resolve({ seconds, peakMemoryMB: peak / 1024, output });
    });
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

const bytes = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

const seconds = (text: string, pattern: RegExp) => {
  const match = text.match(pattern);
  if (!match) return Number.NaN;
  return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
};

interface Row {
  regions: number;
  check: Measured;
  build: Measured;
  compileSeconds: number;
  pagesSeconds: number;
  documents: Measured;
  pagefind: Measured;
  pages: number;
  pairPages: number;
  shareImages: number;
  /** The export as next build writes it, and the site after the documents step. */
  exportMB: number;
  outputMB: number;
  hubKB: number;
  charterKB: number;
  regionKB: number;
}

async function benchmark(regions: number): Promise<Row> {
  const dir = `.bench/content-${regions}`;
  writeCorpus(dir, regions);
  const env = { CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-11-23' };
  process.stderr.write(`N = ${regions}: content check … `);
  const check = await measure('node_modules/.bin/tsx', ['scripts/content-check.ts'], env);
  // A cold build each time: Next's cache in .next would otherwise hide the compile.
  rmSync('.next', { recursive: true, force: true });
  rmSync('out', { recursive: true, force: true });
  process.stderr.write('next build … ');
  const build = await measure('node_modules/.bin/next', ['build'], env);
  const exported = bytes(walk('out'));
  process.stderr.write('documents … ');
  const documents = await measure('node_modules/.bin/tsx', ['scripts/documents.ts'], env);
  process.stderr.write('pagefind … ');
  const pagefind = await measure('node_modules/.bin/pagefind', ['--site', 'out'], env);
  process.stderr.write('done\n');
  const files = walk('out');
  const pages = files.filter((file) => file.endsWith('index.html'));
  return {
    regions,
    check,
    build,
    compileSeconds: seconds(build.output, /Compiled successfully in ([\d.]+)(m?s)/),
    pagesSeconds: seconds(build.output, /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(m?s)/),
    documents,
    pagefind,
    pages: pages.length,
    pairPages: pages.filter(
      (file) => /\/compare\/[^/]+\/[^/]+\/index\.html$/.test(file) && !file.includes('/compare/pair/'),
    ).length,
    shareImages: files.filter((file) => file.endsWith('share.png')).length,
    exportMB: exported / 1024 / 1024,
    outputMB: bytes(files) / 1024 / 1024,
    hubKB: statSync('out/sv/compare/index.html').size / 1024,
    charterKB: statSync('out/sv/charter/index.html').size / 1024,
    regionKB: statSync('out/sv/regions/region-001/index.html').size / 1024,
  };
}

const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((count) => count > 0);
const rows: Row[] = [];
for (const count of counts.length > 0 ? counts : [5, 50, 300]) rows.push(await benchmark(count));

process.stderr.write('The real site: build and page budgets … ');
rmSync('.next', { recursive: true, force: true });
await measure('npm', ['run', '--silent', 'build'], { NEXT_TELEMETRY_DISABLED: '1' });
const budgetReport = '.bench/budget.md';
const budget = await measure('npm', ['run', '--silent', 'budget', '--', '--runs', '3'], {
  BUDGET_REPORT: budgetReport,
}).catch((error: Error) => ({ output: error.message }) as Measured);
process.stderr.write('done\n');
const budgetTable = (() => {
  try {
    return readFileSync(budgetReport, 'utf8').trim();
  } catch {
    return `The budget run failed:\n\n\`\`\`\n${budget.output.slice(-2000)}\n\`\`\``;
  }
})();

/** The hand-written record of earlier measurements, kept from the previous report as it is. */
const history =
  /<!-- history -->[\s\S]*<!-- \/history -->/.exec(readFileSync('docs/performance.md', 'utf8'))?.[0] ??
  '<!-- history -->\n<!-- /history -->';

const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const table = [
  '| regions | content check (s) | build (s) | of which compile (s) | of which pages (s) | documents step (s) | Pagefind (s) | pages built | pair pages (both orders) | share images | peak memory (MB) | export (MB) | output (MB) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.regions} | ${f(row.check.seconds)} | ${f(row.build.seconds)} | ${f(row.compileSeconds)} | ${f(row.pagesSeconds)} | ${f(row.documents.seconds)} | ${f(row.pagefind.seconds)} | ${row.pages} | ${row.pairPages} | ${row.shareImages} | ${f(Math.max(row.build.peakMemoryMB, row.check.peakMemoryMB, row.documents.peakMemoryMB, row.pagefind.peakMemoryMB), 0)} | ${f(row.exportMB)} | ${f(row.outputMB)} |`,
  ),
].join('\n');

const sizeTable = [
  '| regions | a region page (KB) | hub (KB) | charter (KB) |',
  '| ---: | ---: | ---: | ---: |',
  ...rows.map((row) => `| ${row.regions} | ${f(row.regionKB)} | ${f(row.hubKB, 0)} | ${f(row.charterKB, 0)} |`),
].join('\n');

const perRegion = rows
  .map(
    (row) =>
      `${f((row.build.seconds + row.documents.seconds + row.pagefind.seconds) / row.regions, 2)} s at ${row.regions} regions`,
  )
  .join(', ');
const largest = rows.at(-1)!;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';

const doc = `# Performance

How fast the site is for its readers (the page budgets) and how its build grows with the number of
regions (the benchmark). Produced by \`npm run bench -- ${rows.map((row) => row.regions).join(' ')}\` (scripts/bench/run.ts) on ${new Date().toISOString().slice(0, 10)};
run it again after changes that could move these figures.

## The machine

${os.cpus().length} × ${cpu}, ${f(os.totalmem() / 1024 ** 3, 0)} GB of memory, ${os.type()} ${os.release()}, Node.js ${process.version}.

## Page budgets

\`npm run budget\` (part of \`npm test\`, with one Lighthouse run a page) measures one page of each type
in Swedish on the built site: what a browser downloads, gzip-compressed, counted from the page's own
references, and Lighthouse 12 with its mobile preset, here three runs a page (the lowest and highest are
shown). A page without interactive parts may load no JavaScript and at most 25 KB in all; a page with
them at most 35 KB. The site's own scripts together stay under 5 KB. It fails \`npm test\` only on what
does not depend on the machine's load: bytes, the accessibility, best-practices and SEO scores, and layout
shift. The performance score, the largest contentful paint (LCP) and the total blocking time (TBT) are
simulated from timings taken on this machine, so they move with whatever else it is doing (the same page
has scored 75 and 99 on one day): they are reported here, never gated.

${budgetTable}

${history}

## Build benchmark

Each row is a synthetic corpus of that many valid regions (scripts/bench/corpus.ts: the schema of the real
ones, about a dozen commitments each across the topics, three plans, a narrative of six paragraphs, in
Swedish, Norwegian, Danish, Finnish and English), checked and built cold (no Next.js cache) for all
three locales.

${table}

Build time is the whole \`next build\`: "compile" is Turbopack compiling the code and every region's MDX,
"pages" is rendering the static pages, share images and data files; the rest is Next's own setup and
type check. Peak memory is the largest sum of resident memory across the build's processes.

### How the cost grows

Build and index together cost, per region, ${perRegion}: a fixed cost (Next's setup, the type check,
compiling the site's own code) dominates a small site and fades as N grows. At ${largest.regions} regions,
rendering the pages, share images and data files takes ${f(largest.pagesSeconds)} s of the build's
${f(largest.build.seconds)} s, and compiling the code and every region's MDX ${f(largest.compileSeconds)} s. Almost
everything grows linearly with N: each region adds three region pages, three share images (drawn with the
bundled font) and one MDX module to compile. What grows faster, and what the site does about it:

- **Pair pages** grow as N(N−1) per locale, both orders counted: in three locales 60 for 5 regions,
  7,350 for 50, 269,100 for 300, each with a share image. The site builds them only up to
  ${pairPagesMaxRegions()} regions (\`PAIR_PAGES_MAX_REGIONS\`, lib/scale.ts). Above that no pair page is built
  (Next's static export keeps one, the first pair, because a dynamic route must have a page); the hub offers
  a form instead of the list of pairs, each region page links one pair viewer instead of N − 1 pairs, and
  \`/{locale}/compare/pair/?regions=a,b\` sets any two side by side in the browser, with
  the same row and cell ids as a pair page. It fetches the two regions' columns, each a small page of its
  own (\`/{locale}/compare/pair/{slug}/\`, three per region), rendered by the same components as the pair
  pages. The pair-page column shows the switch; the table below shows that above the limit a region page
  keeps its size however many regions there are.
- **The hub and the charter page** hold every region's commitments (the hub a cell for each region on
  each topic), so each page grows linearly with N. That is fine for a handful of regions and heavy for
  hundreds: at ${largest.regions} regions the hub is ${f(largest.hubKB, 0)} KB of uncompressed HTML per locale, far
  over its budget. A site with that many would want them split by country or paged.
- **The export and the output**: Next's static export writes beside every page's HTML a React Server
  Component payload (the \`.txt\` files), and into every page an inline copy of it, for the client
  runtime. The documents step (scripts/documents.ts) removes both with the runtime: the export column is
  what \`next build\` writes, the output column what is deployed.

Uncompressed HTML of one page of each growing kind, in Swedish:

${sizeTable}

The content check grows linearly too: it parses, validates and compiles every file once.
`;

const docPath = 'docs/performance.md';
// Formatted as the lint step checks, so a fresh report can be committed as it is.
const prettierOptions = await prettier.resolveConfig(docPath);
writeFileSync(docPath, await prettier.format(doc, { ...prettierOptions, filepath: docPath }));
console.log(table);
console.log('\nWrote docs/performance.md. out/ now holds the real site again.');
