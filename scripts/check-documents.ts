// Every page in out/ is a plain document: no framework runtime, no inline script or style, scripts only
// where a part of the page needs one (scripts/lib/document-problems.ts), and no React payload files left.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { editorFolder } from '../lib/routes';
import { site } from '../lib/site';
import { documentProblems } from './lib/document-problems';

const root = process.argv[2] ?? 'out';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
  (name) => !name.startsWith(`${editorFolder}/`),
);
const problems = [
  ...files
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) =>
      documentProblems(readFileSync(path.join(root, name), 'utf8'), site.basePath).map(
        (problem) => `${name}: ${problem}`,
      ),
    ),
  ...files
    .filter((name) => /(^|\/)(index|__next\..*)\.txt$/.test(name))
    .map((name) => `${name}: a React Server Component payload`),
];
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem(s). npm run build turns the export into documents (scripts/documents.ts).`,
  );
  process.exit(1);
}
console.log(`Documents: ${files.filter((name) => name.endsWith('.html')).length} pages, all plain documents.`);
