/**
 * The web editor at /admin/: Decap CMS (decap-cms.js, loaded after this file) with the site's own
 * file format, widgets and configuration (config.yml, written from the content model). Decap is told
 * to wait (CMS_MANUAL_INIT) until these are registered.
 */
import { parse } from 'yaml';

import { readContentFile, writeContentFile } from '../file-format';
import { contentFormats } from '../formats';
import type { FieldOrder } from '../key-order';
import type { RegionTranslationSources } from '../translation-sources';
import type { Formatter } from './decap';
import { withAdditions } from './swedish';
import { editorWidgets } from './widgets';

window.CMS_MANUAL_INIT = true;

// The Markdown editor opens in its plain Markdown mode unless the person chose otherwise (Decap keeps the
// choice here): the formatted mode rewrites the line breaks of the whole narrative on save.
const markdownMode = 'cms.md-mode';
if (localStorage.getItem(markdownMode) === null) localStorage.setItem(markdownMode, 'raw');

interface Collection extends FieldOrder {
  format: string;
  fields: FieldOrder[];
}

/** The entry being saved: a translation's texts are written in the order of its region's file. */
let saving: { slug: string } | undefined;

async function start() {
  const [configText, sources] = await Promise.all([
    fetch('config.yml').then((response) => response.text()),
    fetch('translation-sources.json').then(
      (response) => response.json() as Promise<Record<string, RegionTranslationSources>>,
    ),
    new Promise((resolve) => {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
      else resolve(undefined);
    }),
  ]);
  const config = parse(configText) as { collections: Collection[] };
  const fieldsOf = (format: string) =>
    config.collections.find((collection) => collection.format === format)?.fields ?? [];
  const regionFields = fieldsOf(contentFormats.region.name);
  const translationFields = fieldsOf(contentFormats.translation.name);

  const region: Formatter = {
    fromFile: readContentFile,
    toFile: (data) => writeContentFile(data, { fields: regionFields, firstLine: contentFormats.region.firstLine }),
  };
  const translation: Formatter = {
    fromFile: readContentFile,
    toFile: (data) => {
      const paths = saving && sources[saving.slug]?.texts.map((text) => text.path).filter((path) => path !== 'body');
      return writeContentFile(
        data,
        { fields: translationFields, firstLine: contentFormats.translation.firstLine },
        paths,
      );
    },
  };
  const { CMS } = window;
  CMS.registerLocale('sv', withAdditions(CMS.getLocale('sv') ?? {}));
  CMS.registerCustomFormat(contentFormats.region.name, 'mdx', region);
  CMS.registerCustomFormat(contentFormats.translation.name, 'mdx', translation);
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      saving = { slug: String(entry.get('slug')) };
    },
  });
  const widgets = editorWidgets(regionFields);
  CMS.registerWidget('translation-entries', widgets.translationEntries);
  CMS.registerWidget('translation-body', widgets.translationBody);
  CMS.registerWidget('file-reference', widgets.fileReference);
  CMS.init({ config: { ...config, load_config_file: false } });
}

void start();
