// npm run bench [-- 5 50 300 700]: how the build scales with the number of regions. For each N it writes
// a synthetic corpus (scripts/bench/corpus.ts) into .bench/, then times the content check, a cold Next.js
// build, the documents step and Pagefind on it, with peak memory, pages built, output size and the
// largest page of each kind; at the largest N it then edits one region and times the rebuild. Last it
// rebuilds the real site and runs the page budgets (three Lighthouse runs a page), and writes all of it to
// docs/performance.md, keeping the section between the history markers as it was. Not part of npm test:
// at N = 300 it takes minutes.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import prettier from 'prettier';

import { config } from '../../lib/config';
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
  const unit = { ms: 0.001, s: 1, min: 60 }[match[2] as 'ms' | 's' | 'min'];
  return Number(match[1]) * unit;
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
  /** The largest page of each kind, in KB of HTML (the feed: of XML). */
  largestKB: Record<string, number>;
}

/** The kinds of page, by their place in the export: the largest of each is reported. */
const pageKinds: [string, RegExp][] = [
  ['home', /^out\/(sv|nb|en)\/index\.html$/],
  ['region', /^out\/(sv|nb|en)\/regions\/[^/]+\/index\.html$/],
  ['hub', /^out\/(sv|nb|en)\/compare\/index\.html$/],
  ['county part', /^out\/(sv|nb|en)\/compare\/county\/[^/]+\/index\.html$/],
  ['pair column', /^out\/(sv|nb|en)\/compare\/pair\/[^/]+\/index\.html$/],
  ['topic', /^out\/(sv|nb|en)\/topics\/[^/]+\/index\.html$/],
  ['topic part', /^out\/(sv|nb|en)\/topics\/[^/]+\/county\/[^/]+\/index\.html$/],
  ['charter', /^out\/(sv|nb|en)\/charter\/index\.html$/],
  ['search', /^out\/(sv|nb|en)\/search\/index\.html$/],
  ['municipalities', /^out\/(sv|nb|en)\/municipalities\/index\.html$/],
  ['feed', /^out\/feed\.xml$/],
];

/** The pages that list regions, which must stay within the limit at any N (issue: 120 KB of HTML). */
const listPageKinds = ['home', 'hub', 'charter', 'search', 'feed'];
const listPageLimitKB = 120;

function largestByKind(files: string[]): Record<string, number> {
  const largest: Record<string, number> = {};
  for (const file of files) {
    const kind = pageKinds.find(([, pattern]) => pattern.test(file))?.[0];
    if (kind) largest[kind] = Math.max(largest[kind] ?? 0, statSync(file).size / 1024);
  }
  return largest;
}

/** The whole path an edit takes to the site: the content check, next build, documents step, Pagefind. */
async function buildSite(env: Record<string, string>) {
  const check = await measure('node_modules/.bin/tsx', ['scripts/content-check.ts'], env);
  process.stderr.write('next build … ');
  const build = await measure('node_modules/.bin/next', ['build'], env);
  const exported = bytes(walk('out'));
  process.stderr.write('documents … ');
  const documents = await measure('node_modules/.bin/tsx', ['scripts/documents.ts'], env);
  process.stderr.write('pagefind … ');
  const pagefind = await measure('node_modules/.bin/pagefind', ['--site', 'out'], env);
  process.stderr.write('done\n');
  return { check, build, exported, documents, pagefind };
}

const totalSeconds = (row: Pick<Row, 'check' | 'build' | 'documents' | 'pagefind'>) =>
  row.check.seconds + row.build.seconds + row.documents.seconds + row.pagefind.seconds;

async function benchmark(regions: number): Promise<Row> {
  const dir = `.bench/content-${regions}`;
  writeCorpus(dir, regions);
  const env = { CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-11-23' };
  process.stderr.write(`N = ${regions}: content check … `);
  // A cold build each time: Next's cache in .next would otherwise hide the compile.
  rmSync('.next', { recursive: true, force: true });
  rmSync('out', { recursive: true, force: true });
  const { check, build, exported, documents, pagefind } = await buildSite(env);
  const files = walk('out');
  const pages = files.filter((file) => file.endsWith('index.html'));
  return {
    regions,
    check,
    build,
    compileSeconds: seconds(build.output, /Compiled successfully in ([\d.]+)(ms|s|min)/),
    pagesSeconds: seconds(build.output, /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)/),
    documents,
    pagefind,
    pages: pages.length,
    pairPages: pages.filter(
      (file) => /\/compare\/[^/]+\/[^/]+\/index\.html$/.test(file) && !/\/compare\/(pair|county)\//.test(file),
    ).length,
    shareImages: files.filter((file) => file.endsWith('share.png')).length,
    exportMB: exported / 1024 / 1024,
    outputMB: bytes(files) / 1024 / 1024,
    largestKB: largestByKind(files),
  };
}

/**
 * What a member of staff waits for after editing one region: its summary changed, then the whole path
 * again, with Next's cache from the build before kept in .next.
 */
async function rebuildAfterOneEdit(regions: number): Promise<number> {
  const dir = `.bench/content-${regions}`;
  const file = path.join(dir, 'regions', 'region-001.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: /m, 'summary: Ändrad. '));
  process.stderr.write(`N = ${regions}, one region edited: content check … `);
  const env = { CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-11-23' };
  return totalSeconds(await buildSite(env));
}

const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((count) => count > 0);
const rows: Row[] = [];
for (const count of counts.length > 0 ? counts : [5, 50, 300, 700]) rows.push(await benchmark(count));
const rebuild = { regions: rows.at(-1)!.regions, seconds: await rebuildAfterOneEdit(rows.at(-1)!.regions) };

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
const peakMB = (row: Row) =>
  Math.max(row.build.peakMemoryMB, row.check.peakMemoryMB, row.documents.peakMemoryMB, row.pagefind.peakMemoryMB);
const table = [
  '| regions | end to end (s) | content check (s) | next build (s) | of which compile (s) | of which pages (s) | documents step (s) | Pagefind (s) | pages built | pair pages (both orders) | share images | peak memory (MB) | export (MB) | output (MB) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.regions} | ${f(totalSeconds(row))} | ${f(row.check.seconds)} | ${f(row.build.seconds)} | ${f(row.compileSeconds)} | ${f(row.pagesSeconds)} | ${f(row.documents.seconds)} | ${f(row.pagefind.seconds)} | ${row.pages} | ${row.pairPages} | ${row.shareImages} | ${f(peakMB(row), 0)} | ${f(row.exportMB)} | ${f(row.outputMB)} |`,
  ),
].join('\n');

const kinds = pageKinds.map(([kind]) => kind).filter((kind) => rows.some((row) => row.largestKB[kind] !== undefined));
const sizeTable = [
  `| regions | ${kinds.join(' | ')} |`,
  `| ---: | ${kinds.map(() => '---:').join(' | ')} |`,
  ...rows.map((row) => `| ${row.regions} | ${kinds.map((kind) => f(row.largestKB[kind] ?? Number.NaN)).join(' | ')} |`),
].join('\n');

/** The issue's goals, each against its measurement: printed, never gated (they move with the machine's load). */
const at = (regions: number) => rows.find((row) => row.regions === regions);
const goal = (label: string, measured: number | undefined, limit: number, unit: string) =>
  measured === undefined
    ? `| ${label} | ≤ ${limit} ${unit} | not measured | |`
    : `| ${label} | ≤ ${limit} ${unit} | ${f(measured)} ${unit} | ${measured <= limit ? 'met' : 'not met'} |`;
const largestListPage = (row: Row | undefined) =>
  row && Math.max(...listPageKinds.map((kind) => row.largestKB[kind] ?? 0));
const goals = [
  '| goal | target | measured | |',
  '| --- | ---: | ---: | --- |',
  goal('N = 300, end to end', at(300) && totalSeconds(at(300)!), 60, 's'),
  goal('N = 700, end to end', at(700) && totalSeconds(at(700)!), 150, 's'),
  goal('peak memory, any N', Math.max(...rows.map(peakMB)), 2048, 'MB'),
  goal('content check of 700 files', at(700)?.check.seconds, 5, 's'),
  goal(`largest list page (${listPageKinds.join(', ')}) at N = 700`, largestListPage(at(700)), listPageLimitKB, 'KB'),
  goal(`edit one region at N = ${rebuild.regions}, rebuild`, rebuild.seconds, 150, 's'),
].join('\n');

const perRegion = rows
  .map(
    (row) =>
      `${f((row.build.seconds + row.documents.seconds + row.pagefind.seconds) / row.regions, 2)} s at ${row.regions} regions`,
  )
  .join(', ');
const largest = rows.at(-1)!;
const { LIST_PAGES_MAX_REGIONS } = config();
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
Swedish, Norwegian, Danish, Finnish and English; first one region per county, then one per
municipality, so that from N = 37 on the counties fill up as they would), checked and built cold (no
Next.js cache) for all three locales. "End to end" is what a deploy runs: the content check, \`next
build\`, the documents step and Pagefind.

${table}

"Compile" is Turbopack compiling the code and every region's MDX, "pages" is rendering the static pages,
share images and data files; the rest of \`next build\` is its own setup. Peak memory is the largest sum
of resident memory across the build's processes.

### Goals

Printed here, never gated in \`npm test\`: they move with the machine's load.

${goals}

"Edit one region, rebuild" is the same path again after one region's summary changed, with Next's cache
from the build before kept: what staff wait for after an edit, at ${rebuild.regions} regions.

### The largest page of each kind

Uncompressed HTML in KB, the largest of each kind in any locale (the feed: its XML). Up to
${LIST_PAGES_MAX_REGIONS} regions (\`LIST_PAGES_MAX_REGIONS\`, lib/scale.ts) the pages that list every region
hold them all; above it the hub, the topic pages, the charter page, the home page and the search list
become indexes by country and county, and each county's part is a page of its own (the county and topic
parts): a county holds at most about fifty bodies (Västra Götaland has 49 municipalities), so no page
grows with N. The feed holds its latest 50 entries.

${sizeTable}

### How the cost grows

Build and index together cost, per region, ${perRegion}: a fixed cost (Next's setup, compiling the
site's own code) dominates a small site and fades as N grows. At ${largest.regions} regions, rendering the
pages, share images and data files takes ${f(largest.pagesSeconds)} s of the build's ${f(largest.build.seconds)} s,
and compiling the code and every region's MDX ${f(largest.compileSeconds)} s. Almost everything grows
linearly with N: each region adds three region pages, three pair-viewer columns, three share images
(drawn with the bundled font) and one MDX module to compile; the county parts add a fixed number of
pages (a county page and a page per topic, for each county with a region). What would grow faster, and
what the site does about it:

- **Pair pages** grow as N(N−1) per locale, both orders counted: in three locales 60 for 5 regions,
  7,350 for 50, 269,100 for 300, each with a share image. The site builds them only up to
  ${pairPagesMaxRegions()} regions (\`PAIR_PAGES_MAX_REGIONS\`, lib/scale.ts). Above that no pair page is built
  (Next's static export keeps one, the first pair, because a dynamic route must have a page), each
  region page links one pair viewer instead of N − 1 pairs, and
  \`/{locale}/compare/pair/?regions=a,b\` sets any two side by side in the browser, with the same row
  and cell ids as a pair page. It fetches the two regions' columns, each a small page of its own
  (\`/{locale}/compare/pair/{slug}/\`), rendered by the same components as the pair pages.
- **The export and the output**: Next's static export writes beside every page's HTML a React Server
  Component payload (the \`.txt\` files), and into every page an inline copy of it, for the client
  runtime. The documents step (scripts/documents.ts) removes both with the runtime: the export column is
  what \`next build\` writes, the output column what is deployed.

The content check grows linearly too: it parses, validates and compiles every file once.
`;

const docPath = 'docs/performance.md';
// Formatted as the lint step checks, so a fresh report can be committed as it is.
const prettierOptions = await prettier.resolveConfig(docPath);
writeFileSync(docPath, await prettier.format(doc, { ...prettierOptions, filepath: docPath }));
console.log(`${table}\n\n${goals}\n\n${sizeTable}`);
console.log('\nWrote docs/performance.md. out/ now holds the real site again.');
