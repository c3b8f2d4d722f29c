// Writes every content file in the form the web editor writes (lib/cms/file-format.ts), so that the
// editor's first save of a file changes only what was edited. Run after editing files by hand, if
// you like: the content check does not require it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { readContentFile, writeContentFile } from '../lib/cms/file-format';
import { contentFormats, fileForm } from '../lib/cms/formats';
import type { FieldOrder } from '../lib/cms/key-order';
import { translationSources } from '../lib/cms/translation-sources';
import { contentDir } from '../lib/content/dir';
import { loadContent } from '../lib/content/load';
import { editorConfigFile } from './lib/generated-docs';

const dir = contentDir();
const loaded = loadContent(dir);
if (!loaded.ok) {
  console.error('The content has errors; run npm run content:check first.');
  process.exit(1);
}
const sources = translationSources(loaded.content);
const { collections } = parse(readFileSync(editorConfigFile, 'utf8')) as {
  collections: { format: string; folder: string; fields: FieldOrder[] }[];
};

let changed = 0;
for (const collection of collections) {
  const folder = path.join(dir, path.relative('content', collection.folder));
  const form = fileForm(collection);
  const isTranslation = collection.format === contentFormats.translation.name;
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.mdx'))) {
    const file = path.join(folder, name);
    const before = readFileSync(file, 'utf8');
    const slug = path.basename(name, '.mdx');
    const entryPaths = isTranslation ? sources[slug]?.texts.map((text) => text.path) : undefined;
    const after = writeContentFile(readContentFile(before), form, entryPaths);
    if (after !== before) {
      writeFileSync(file, after);
      changed += 1;
      console.log(`Wrote ${file}`);
    }
  }
}
console.log(changed === 0 ? 'Every content file is in the editor’s form.' : `${changed} files rewritten.`);
