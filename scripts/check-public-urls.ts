// Every URL in tests/public-urls.txt must exist in the built site: journalists link to them, and a link
// once published must keep working. Adding a URL is fine; removing one is a deliberate edit of that file.
// --print writes the build's own list, to start or extend the file.
import { readFileSync } from 'node:fs';

import { missingUrls, parseUrlList, publicUrlsOf } from './lib/public-urls';

const root = 'out';
if (process.argv.includes('--print')) {
  console.log(publicUrlsOf(root).join('\n'));
  process.exit(0);
}
const listed = parseUrlList(readFileSync('tests/public-urls.txt', 'utf8'));
const missing = missingUrls(root, listed);
for (const url of missing) console.error(`${url}: listed in tests/public-urls.txt, missing from the build`);
if (missing.length > 0) {
  console.error(`\n${missing.length} public URL(s) gone. If that is intended, remove them from tests/public-urls.txt.`);
  process.exit(1);
}
const unlisted = publicUrlsOf(root).filter((url) => !listed.includes(url));
const note = unlisted.length > 0 ? ` ${unlisted.length} new URL(s) not yet listed (npm run urls:print).` : '';
console.log(`Public URLs: all ${listed.length} listed URLs exist.${note}`);
