/**
 * The files written from the region schema, as they should be committed: the JSON Schema, the
 * content guide with its field tables and the web editor's configuration. npm run schema:generate
 * writes them; a unit test compares.
 */
import { readFileSync } from 'node:fs';

import { format, resolveConfig } from 'prettier';
import { stringify } from 'yaml';

import { editorConfig, type EditorRepository } from '../../lib/cms/editor-config';
import { config } from '../../lib/config';
import { regionFieldDocs, withFieldDocs } from '../../lib/content/field-docs';
import { regionJsonSchema, termbaseJsonSchema, translationJsonSchema } from '../../lib/content/json-schema';
import { loadContent } from '../../lib/content/load';

export const schemaFile = 'public/schema/region.schema.json';
export const translationSchemaFile = 'public/schema/translation.schema.json';
export const termbaseSchemaFile = 'public/schema/termbase.schema.json';
export const guideFile = 'docs/content-guide.md';
export const editorConfigFile = 'public/admin/config.yml';

export function schemaText(): string {
  return `${JSON.stringify(regionJsonSchema(), null, 2)}\n`;
}

export function translationSchemaText(): string {
  return `${JSON.stringify(translationJsonSchema(), null, 2)}\n`;
}

export function termbaseSchemaText(): string {
  return `${JSON.stringify(termbaseJsonSchema(), null, 2)}\n`;
}

/** The guide with the schema's field tables, formatted as the repository's Prettier formats it. */
export async function guideText(): Promise<string> {
  const guide = withFieldDocs(readFileSync(guideFile, 'utf8'), regionFieldDocs());
  return format(guide, { ...(await resolveConfig(guideFile)), filepath: guideFile });
}

const editorConfigHeader = `# The web editor's configuration (Decap CMS), written by npm run schema:generate from
# lib/content/schema.ts, content/topics.yaml and content/charter.yaml. Change those, not this file.
`;

/**
 * The editor's configuration. Committed for the project's own repository (the defaults of
 * lib/config.ts); the build writes the deployment's own from the environment into out/admin/
 * (scripts/editor-config.ts), as it does the site's address.
 */
export function editorConfigText(repository: EditorRepository = editorRepository({})): string {
  const loaded = loadContent('content');
  if (!loaded.ok) throw new Error('The content has errors: run npm run content:check');
  return `${editorConfigHeader}${stringify(editorConfig(loaded.content, repository), { lineWidth: 0 })}`;
}

/** The repository the editor commits to and how staff sign in, as the environment gives them. */
export function editorRepository(env: Record<string, string | undefined>): EditorRepository {
  const settings = config(env);
  return {
    url: settings.REPOSITORY_URL,
    branch: settings.REPOSITORY_BRANCH,
    host: settings.EDITOR_BACKEND,
    authUrl: settings.EDITOR_AUTH_URL,
    appId: settings.EDITOR_APP_ID,
  };
}
