// Checks every internal link and #fragment in the built site (out/). Exit 1 on any broken one.
import { existsSync } from 'node:fs';

import { site } from '../lib/site';
import { checkLinks } from './lib/link-check';

const root = process.argv[2] ?? 'out';
if (!existsSync(root)) {
  console.error(`${root}/ does not exist: run "npm run build" first.`);
  process.exit(1);
}

const { pages, links, broken } = checkLinks({ root, origin: site.url, basePath: site.basePath });
for (const { file, link, reason } of broken) console.error(`${root}/${file}  ${link}: ${reason}`);
if (broken.length > 0) {
  console.error(`\n${broken.length} broken link(s) in ${pages} pages (${links} links checked).`);
  process.exit(1);
}
console.log(`Links: ${links} internal links in ${pages} pages, none broken.`);
