// The step after `next build` that turns the export into plain documents (npm run build runs it):
// every page keeps its HTML and stylesheets and loses the Next.js and React runtime, its inline React
// Server Component data, script preloads and the payload files next to it. Pages with an interactive
// part (data-module="…") get that part's small script from lib/browser/, as a file. Next.js has no
// switch for this in the App Router (next.js #45009), hence a step of its own.
//
// It stops the build, rather than ship a page that looks interactive and is not, when a page uses a
// client component of the project's own (its interactivity would be lost with the runtime) or names a
// module no script here serves.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { load } from 'cheerio';

import { editorFolder } from '../lib/routes';
import { site } from '../lib/site';
import { bundleBrowserScripts } from './lib/browser-scripts';
import { projectClientModules } from './lib/client-modules';

const out = 'out';

/** Which browser scripts each data-module needs; the pair viewer's rows carry copy links. */
const MODULE_SCRIPTS: Record<string, string[]> = {
  'copy-button': ['copy'],
  'copy-link': ['copy'],
  search: ['search'],
  'pair-viewer': ['pair-viewer', 'copy'],
  redirect: ['redirect'],
  'cell-forward': ['cell-forward'],
  'municipality-filter': ['municipality-filter'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

const clientModules = projectClientModules('.next/server/app');
if (clientModules.length > 0) {
  console.error(
    'These pages use client components of the project, whose interactivity would be lost without the React runtime:\n' +
      clientModules.map(({ page, module }) => `  ${page}: ${module}`).join('\n') +
      '\nMake the part a server component with data-module="…", and its behaviour a script in lib/browser/.',
  );
  process.exit(1);
}

const scripts = await bundleBrowserScripts(Object.values(MODULE_SCRIPTS).flat(), path.join(out, 'assets'));

const problems: string[] = [];
let pages = 0;
const editorPages = path.join(out, editorFolder) + path.sep;
for (const file of filesUnder(out).filter((name) => name.endsWith('.html') && !name.startsWith(editorPages))) {
  // htmlparser2 rather than cheerio's default parse5: a third of the time (2.5 against 6.5 ms a page,
  // docs/performance.md), and with entities left as Next wrote them the text comes out as it went in.
  const $ = load(readFileSync(file, 'utf8'), { xml: { xmlMode: false, decodeEntities: false } });
  $('script:not([type="application/ld+json"])').remove();
  $('link[rel="modulepreload"], link[rel="preload"][as="script"]').remove();
  // React's markers for streamed parts, and the hidden outlet Next streams metadata into: nothing streams now.
  // A walk of its own: cheerio's .contents() on every element sorts them all, which took minutes at 300 regions.
  const comments = $('*')
    .toArray()
    .flatMap((element) => ('children' in element ? element.children : []))
    .filter((node) => node.type === 'comment');
  $(comments).remove();
  $('body > div[hidden]:empty').remove();
  const needed = new Set<string>();
  $('[data-module]').each((_, element) => {
    const name = $(element).attr('data-module') ?? '';
    const names = MODULE_SCRIPTS[name];
    if (names) names.forEach((script) => needed.add(script));
    else problems.push(`${file}: data-module="${name}" has no script in scripts/documents.ts`);
  });
  for (const script of [...needed].sort()) {
    $('body').append(`<script type="module" src="${site.basePath}/assets/${scripts.get(script)}"></script>`);
  }
  writeFileSync(file, $.html());
  pages++;
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// The React Server Component payloads (index.txt, __next.*.txt) and the runtime's own files; the
// stylesheets and media under _next/ stay.
let removed = 0;
for (const file of filesUnder(out)) {
  const name = path.basename(file);
  const payload = name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));
  const runtime = file.startsWith(path.join(out, '_next')) && /\.js(\.map)?$/.test(name);
  if (payload || runtime) {
    rmSync(file);
    removed++;
  }
}

console.log(
  `Documents: ${pages} pages without the framework runtime, ${removed} payload and runtime files removed; ` +
    `scripts: ${[...scripts.values()].join(', ')}.`,
);
