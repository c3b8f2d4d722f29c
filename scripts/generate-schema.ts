// Writes public/schema/region.schema.json from the zod schema. A unit test fails when the
// committed file and the schema disagree, so run this after every change to lib/content/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';

import { regionJsonSchema } from '../lib/content/json-schema';

const schemaFile = 'public/schema/region.schema.json';

mkdirSync('public/schema', { recursive: true });
writeFileSync(schemaFile, `${JSON.stringify(regionJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${schemaFile}.`);
