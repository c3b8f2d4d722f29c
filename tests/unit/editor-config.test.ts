import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { pathLabel } from '../../lib/cms/browser/widgets';
import { editorBackend } from '../../lib/cms/editor-config';
import type { EditorField } from '../../lib/cms/editor-fields';
import type { JsonSchema } from '../../lib/content/json-schema';
import { regionJsonSchema } from '../../lib/content/json-schema';
import { loadContent } from '../../lib/content/load';
import { editorConfigFile, editorConfigText, editorRepository } from '../../scripts/lib/generated-docs';

const committed = readFileSync(editorConfigFile, 'utf8');
const config = parse(committed) as { locale: string; collections: { name: string; fields: EditorField[] }[] };
const regionFields = config.collections.find((collection) => collection.name === 'regions')!.fields;
const field = (fields: EditorField[], name: string) => fields.find((candidate) => candidate.name === name)!;
const commitments = field(regionFields, 'commitments').fields as EditorField[];
const loaded = loadContent('content');
if (!loaded.ok) throw new Error('content has errors');
const { topics, charter } = loaded.content;

describe("the web editor's configuration", () => {
  it('is what the schema, topics.yaml and charter.yaml give (npm run schema:generate writes it)', () => {
    expect(committed).toBe(editorConfigText());
  });

  it('shows the editor in Swedish', () => {
    expect(config.locale).toBe('sv');
  });

  it('has a field for every field of a region file, at every depth, and for the narrative', () => {
    const names = (schema: JsonSchema): string[] => [
      ...new Set((schema.oneOf ?? [schema]).flatMap((variant) => Object.keys(variant.properties ?? {}))),
    ];
    const check = (schema: JsonSchema, fields: EditorField[]) => {
      for (const name of names(schema)) {
        const form = fields.find((candidate) => candidate.name === name);
        expect(form, name).toBeDefined();
        const inner =
          schema.oneOf?.find((variant) => variant.properties?.[name])?.properties?.[name] ?? schema.properties?.[name];
        const nested = inner?.type === 'array' ? inner.items : inner;
        if (form?.fields && nested) check(nested, form.fields as EditorField[]);
        // A list of kinds: each kind's own fields, the kind itself being the list's type key.
        for (const type of (form?.types ?? []) as { name: string; fields: EditorField[] }[]) {
          const key = String(form?.typeKey);
          const variant = nested?.oneOf?.find((candidate) => candidate.properties?.[key]?.const === type.name);
          expect(variant, `${name}: ${type.name}`).toBeDefined();
          const own = Object.entries(variant?.properties ?? {}).filter(([field]) => field !== key);
          check({ properties: Object.fromEntries(own) }, type.fields);
        }
      }
    };
    check(regionJsonSchema() as JsonSchema, regionFields);
    expect(field(regionFields, 'body').widget).toBe('markdown');
  });

  it('offers the topics of topics.yaml and the articles of charter.yaml as choices', () => {
    expect(field(commitments, 'topic')).toMatchObject({ widget: 'select', required: false });
    expect((field(commitments, 'topic').options as { value: string }[]).map((option) => option.value)).toEqual(
      topics.map((topic) => topic.id),
    );
    const articles = field(commitments, 'articles');
    expect(articles).toMatchObject({ widget: 'select', multiple: true });
    expect((articles.options as { value: number }[]).map((option) => option.value)).toEqual(
      charter.groups.flatMap((group) => group.articles.map((article) => article.number)),
    );
  });

  it("offers the file's own sources where a field names one, and its plans where a plan replaces another", () => {
    expect(field(commitments, 'source')).toMatchObject({ widget: 'file-reference', list: 'sources' });
    expect(field(field(regionFields, 'plans').fields as EditorField[], 'replaces')).toMatchObject({
      widget: 'file-reference',
      list: 'plans',
    });
  });

  it('edits figures as a list of kinds, and says in the hint which fields belong to each kind of charter status', () => {
    const figures = field(regionFields, 'figures');
    expect(figures).toMatchObject({ widget: 'list', typeKey: 'kind' });
    expect((figures.types as { name: string }[]).map((type) => type.name)).toEqual(['count', 'range']);
    const charterField = field(regionFields, 'charter');
    expect(charterField.widget).toBe('object');
    expect(charterField.hint).toContain('«Nämns inte»: inga fler fält');
    expect(charterField.hint).toContain('«Undertecknad»: Förklaring (krävs), Citat, Källa (krävs)');
  });

  it('labels every field in Swedish with a hint from the schema’s description', () => {
    expect(field(commitments, 'statement')).toMatchObject({
      label: 'Åtagande',
      hint: 'Vad källan säger att organisationen ska göra, i en mening på källans språk.',
      widget: 'text',
    });
    expect(field(regionFields, 'commitments')).toMatchObject({
      label: 'Åtaganden',
      label_singular: 'åtagande',
      min: 1,
    });
  });

  it('edits each language’s translations beside the source texts', () => {
    for (const locale of ['sv', 'nb', 'en']) {
      const translations = config.collections.find((collection) => collection.name === `translations-${locale}`)!;
      expect(field(translations.fields, 'entries')).toMatchObject({ widget: 'translation-entries', locale });
      expect(field(translations.fields, 'bodyOf').widget).toBe('translation-body');
    }
  });
});

describe("the editor's login, from the deployment's environment", () => {
  it('commits to GitHub through an OAuth server when the repository is on GitHub', () => {
    expect(
      editorBackend({
        url: 'https://github.com/kommun/jamstalldhet',
        branch: 'main',
        authUrl: 'https://login.kommun.se',
      }),
    ).toEqual({ name: 'github', repo: 'kommun/jamstalldhet', branch: 'main', base_url: 'https://login.kommun.se' });
  });

  it("signs in to a municipality's own GitLab from the browser with the OAuth application's id", () => {
    const ownGitLab = { url: 'https://gitlab.kommun.se/it/jamstalldhet.git', branch: 'publicerat' };
    expect(editorBackend({ ...ownGitLab, appId: 'abc123' })).toEqual({
      name: 'gitlab',
      repo: 'it/jamstalldhet',
      branch: 'publicerat',
      api_root: 'https://gitlab.kommun.se/api/v4',
      auth_type: 'pkce',
      app_id: 'abc123',
      base_url: 'https://gitlab.kommun.se',
    });
    // Without the id there is no login to write: GitLab is not an OAuth server of Decap's kind.
    expect(editorBackend(ownGitLab)).not.toHaveProperty('base_url');
  });

  it('takes the host from EDITOR_BACKEND when the address does not say, and names the setting when nothing does', () => {
    expect(editorBackend({ url: 'https://git.kommun.se/it/site', branch: 'main', host: 'gitlab' })).toMatchObject({
      name: 'gitlab',
      api_root: 'https://git.kommun.se/api/v4',
    });
    expect(editorBackend({ url: 'https://bitbucket.org/kommun/site', branch: 'main' })).toBeUndefined();
    expect(() => editorConfigText(editorRepository({ REPOSITORY_URL: 'https://bitbucket.org/kommun/site' }))).toThrow(
      /bitbucket\.org.*EDITOR_BACKEND.*docs\/web-editor\.md/,
    );
  });

  it('is written into the built site from the environment, the committed file staying the project’s own', () => {
    const text = editorConfigText(
      editorRepository({ REPOSITORY_URL: 'https://gitlab.com/kommun/site', EDITOR_APP_ID: 'x1' }),
    );
    expect(parse(text).backend).toEqual({
      name: 'gitlab',
      repo: 'kommun/site',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'x1',
    });
  });
});

describe("a translated text's place, as the translation form names it", () => {
  it.each([
    ['commitments.lika-lon.statement', 'Åtaganden › lika-lon › Åtagande'],
    ['plans.handlingsplan.goals.0', 'Planer och strategier › handlingsplan › Mål › 1'],
    ['figures.1.label', 'Siffror › 2 › Vad som räknas'],
    ['bodies.0.role', 'Grupper och utskott › 1 › Uppdrag'],
  ])('%s is "%s"', (path, label) => {
    expect(pathLabel(path, regionFields)).toBe(label);
  });
});
