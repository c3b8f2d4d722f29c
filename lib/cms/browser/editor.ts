/**
 * The web editor at /admin/: Decap CMS (decap-cms.js, loaded after this file) with the site's own
 * file format, widgets and configuration (config.yml, written from the content model). Decap is told
 * to wait (CMS_MANUAL_INIT) until these are registered.
 */
import { parse } from 'yaml';

import { readContentFile, writeContentFile } from '../file-format';
import { contentFormats, fileForm } from '../formats';
import type { FieldOrder } from '../key-order';
import type { Formatter } from './decap';
import { latestSources } from './sources';
import { withAdditions } from './swedish';
import { editorWidgets } from './widgets';

window.CMS_MANUAL_INIT = true;

// The Markdown editor opens in its plain Markdown mode unless the person chose otherwise (Decap keeps the
// choice here): the formatted mode rewrites the whole narrative on save.
const markdownMode = 'cms.md-mode';
if (localStorage.getItem(markdownMode) === null) localStorage.setItem(markdownMode, 'raw');

interface Collection {
  format: string;
  fields: FieldOrder[];
}

function isConfig(value: unknown): value is { collections: Collection[] } & Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'collections' in value &&
    Array.isArray(value.collections) &&
    value.collections.every(
      (collection: unknown) =>
        typeof collection === 'object' &&
        collection !== null &&
        'format' in collection &&
        'fields' in collection &&
        Array.isArray(collection.fields),
    )
  );
}

/**
 * The region whose translation is being saved. Decap hands a format only the data, so the save hook
 * notes the entry for the format, which writes the texts in the order of that region's file; without
 * it (a backup of a draft) they keep the order they have.
 */
let saving: string | undefined;

function entryPaths(): string[] | undefined {
  const region = saving === undefined ? undefined : latestSources()?.[saving];
  saving = undefined;
  return region?.texts.map((text) => text.path);
}

async function start() {
  const [response] = await Promise.all([
    fetch('config.yml'),
    new Promise((resolve) => {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
      else resolve(undefined);
    }),
  ]);
  if (!response.ok) throw new Error(`config.yml: ${response.status}`);
  const config: unknown = parse(await response.text());
  if (!isConfig(config)) throw new Error('config.yml: no collections');
  const formOf = (format: string) => {
    const collection = config.collections.find((candidate) => candidate.format === format);
    if (!collection) throw new Error(`config.yml: no collection of format ${format}`);
    return fileForm(collection);
  };
  const regionForm = formOf(contentFormats.region.name);
  const translationForm = formOf(contentFormats.translation.name);
  const region: Formatter = {
    fromFile: readContentFile,
    toFile: (data) => writeContentFile(data, regionForm),
  };
  const translation: Formatter = {
    fromFile: readContentFile,
    toFile: (data) => writeContentFile(data, translationForm, entryPaths()),
  };
  const { CMS } = window;
  CMS.registerLocale('sv', withAdditions(CMS.getLocale('sv') ?? {}));
  CMS.registerCustomFormat(contentFormats.region.name, 'mdx', region);
  CMS.registerCustomFormat(contentFormats.translation.name, 'mdx', translation);
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      saving = String(entry.get('slug'));
    },
  });
  const widgets = editorWidgets(regionForm.fields);
  CMS.registerWidget('translation-entries', widgets.translationEntries);
  CMS.registerWidget('translation-body', widgets.translationBody);
  CMS.registerWidget('file-reference', widgets.fileReference);
  CMS.init({ config: { ...config, load_config_file: false } });
}

start().catch((error: unknown) => {
  // Decap never starts without its configuration: say so on the page rather than leave it blank.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `Redigeringsverktyget kunde inte starta (${error instanceof Error ? error.message : String(error)}). Ladda om sidan; hjälper inte det, kontakta den som sköter webbplatsen.`;
  document.body.append(message);
});
