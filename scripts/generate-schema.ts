// Writes what the region schema describes (lib/content/schema.ts) into the files that show it to
// people: the JSON Schema that editors read, the content guide's field tables and the web editor's form. A unit test fails
// when a committed file and the schema disagree, so run this after every change to the schema.
import { mkdirSync, writeFileSync } from 'node:fs';

import {
  editorConfigFile,
  editorConfigText,
  guideFile,
  guideText,
  schemaFile,
  schemaText,
  termbaseSchemaFile,
  termbaseSchemaText,
  translationSchemaFile,
  translationSchemaText,
} from './lib/generated-docs';

mkdirSync('public/schema', { recursive: true });
writeFileSync(schemaFile, schemaText());
writeFileSync(translationSchemaFile, translationSchemaText());
writeFileSync(termbaseSchemaFile, termbaseSchemaText());
writeFileSync(guideFile, await guideText());
mkdirSync('public/admin', { recursive: true });
writeFileSync(editorConfigFile, editorConfigText());
console.log(
  `Wrote ${schemaFile}, ${translationSchemaFile}, ${termbaseSchemaFile}, ${editorConfigFile} and the field tables in ${guideFile}.`,
);
