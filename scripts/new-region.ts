// npm run new:region -- <slug>: creates content/regions/_<slug>.mdx, a draft with every field explained.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { contentDir } from '../lib/content/dir';
import { withFieldComments } from '../lib/content/field-docs';
import { idSchema } from '../lib/content/schema';

const slug = process.argv[2];
if (!slug) {
  console.error('Name the region: npm run new:region -- <slug>   (for example: npm run new:region -- gotland)');
  process.exit(1);
}
if (!idSchema.safeParse(slug).success) {
  console.error(
    `"${slug}" cannot be a slug: use only lowercase letters a-z, digits and single hyphens (å, ä, ö become a, a, o), like "umearegionen".`,
  );
  process.exit(1);
}
const regionsDir = path.join(contentDir(), 'regions');
const existing = [`${slug}.mdx`, `_${slug}.mdx`].map((name) => path.join(regionsDir, name)).find(existsSync);
if (existing) {
  console.error(`${existing} already exists: choose another slug, or edit that file.`);
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
// The template names fields (#: plans); their descriptions come from the schema, written once there.
const template = withFieldComments(readFileSync(new URL('./templates/region.mdx', import.meta.url), 'utf8'));
const file = path.join(regionsDir, `_${slug}.mdx`);
writeFileSync(file, template.replaceAll('{{slug}}', slug).replaceAll('{{today}}', today));
console.log(`Created ${file}, a draft: it is checked but not published.
Next: fill it in from the region's sources, run npm run content:check, and rename it to ${slug}.mdx to publish.`);
