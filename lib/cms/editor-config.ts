/**
 * The web editor's configuration (public/admin/config.yml), written from the content model: a
 * collection of region files whose form comes from the region schema, and a collection of
 * translations per language. npm run schema:generate writes it; a unit test fails when the committed
 * file differs from what this gives.
 */
import { type JsonSchema, regionJsonSchema } from '../content/json-schema';
import type { Content } from '../content/load';
import { locales } from '../i18n/locales';
import { getRegister } from '../places/register';
import { type Choices, type EditorField, fieldsOf } from './editor-fields';
import { contentFormats } from './formats';
import { localProxyUrl } from './local-proxy';

/** The editor's configuration of a translation language's folder names the language in Swedish. */
const languageNames = { sv: 'svenska', nb: 'norska (bokmål)', en: 'engelska' } as const;

/** What the Markdown editor offers: what the content check allows in a region's narrative. */
const narrativeButtons = [
  'bold',
  'italic',
  'link',
  'heading-two',
  'heading-three',
  'heading-four',
  'bulleted-list',
  'numbered-list',
  'quote',
];

function narrativeField(label: string, hint: string): EditorField {
  return {
    name: 'body',
    label,
    widget: 'markdown',
    hint,
    required: false,
    modes: ['raw', 'rich_text'],
    buttons: narrativeButtons,
    editor_components: [],
  };
}

const narrativeHint =
  'Markdown: rubriker med ## eller fler (sidan har redan en rubrik med #), fetstil, kursiv, länkar, listor och citat. Inga bilder, ingen kod, inga måsvingar; text på ett annat språk skrivs <Lang lang="en">så här</Lang>. Redigera helst i läget för Markdown: läget för formaterad text skriver om hela texten när du sparar (radbrytningar, tecknen för listor, kursiv och fetstil).';

export interface EditorRepository {
  url: string;
  branch: string;
  host?: 'github' | 'gitlab';
  authUrl?: string;
  appId?: string;
}

/**
 * The repository the editor commits to in production, from the address of the site's repository, and
 * how staff sign in to its host: GitHub through an OAuth server, GitLab (gitlab.com or a municipality's
 * own) with an OAuth application straight from the browser. Undefined for a host it cannot tell.
 */
export function editorBackend({
  url,
  branch,
  host,
  authUrl,
  appId,
}: EditorRepository): Record<string, string> | undefined {
  const address = new URL(url);
  const repo = address.pathname.replace(/^\/|\.git$|\/$/g, '');
  const kind =
    host ??
    (address.hostname === 'github.com' ? 'github' : address.hostname.startsWith('gitlab.') ? 'gitlab' : undefined);
  if (kind === 'github') return { name: 'github', repo, branch, ...(authUrl && { base_url: authUrl }) };
  if (kind !== 'gitlab') return undefined;
  const ownServer = address.hostname !== 'gitlab.com';
  return {
    name: 'gitlab',
    repo,
    branch,
    ...(ownServer && { api_root: `${address.origin}/api/v4` }),
    // Without an application id Decap signs in through an OAuth server at base_url, which GitLab is not.
    ...(appId && { auth_type: 'pkce', app_id: appId, ...(ownServer && { base_url: address.origin }) }),
  };
}

/**
 * Every municipality of the register as one choice per code: "Bjurholm (2403, Västerbottens län)".
 * A code that two countries share (1860) is one choice naming both; the content check reads it in the
 * region's own country.
 */
function municipalityChoices(): Choices['municipalities'] {
  const byCode = new Map<string, string[]>();
  for (const municipality of getRegister().municipalities) {
    const names = byCode.get(municipality.code) ?? [];
    names.push(`${municipality.name} (${municipality.county.name.sv})`);
    byCode.set(municipality.code, names);
  }
  return [...byCode]
    .map(([code, names]) => ({ label: `${code} ${names.join(' / ')}`, value: code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

function choicesOf(content: Pick<Content, 'topics' | 'charter'>): Choices {
  return {
    municipalities: municipalityChoices(),
    topics: content.topics.map((topic) => ({ label: topic.label.sv, value: topic.id })),
    articles: content.charter.groups.flatMap((group) =>
      group.articles.map((article) => ({ label: `${article.number}. ${article.title.sv}`, value: article.number })),
    ),
  };
}

function regionsCollection(choices: Choices): Record<string, unknown> {
  const fields = fieldsOf(regionJsonSchema() as JsonSchema, choices);
  return {
    name: 'regions',
    label: 'Regioner',
    label_singular: 'region',
    description:
      'Varje region är en fil i content/regions. Fälten följer innehållsguiden (docs/content-guide.md). När du sparar kontrolleras filen av npm run content:check i bygget; det som formuläret inte kan kontrollera själv står i fältets hjälptext.',
    folder: 'content/regions',
    extension: 'mdx',
    format: contentFormats.region.name,
    create: true,
    // A region's address is public and cited: removing one is a developer's change, with its redirects.
    delete: false,
    slug: '{{fields.slug}}',
    identifier_field: 'name',
    summary: '{{name}}',
    editor: { preview: false },
    fields: [...fields, narrativeField('Löpande text', narrativeHint)],
  };
}

function translationsCollection(locale: (typeof locales)[number]): Record<string, unknown> {
  return {
    name: `translations-${locale}`,
    label: `Översättningar till ${languageNames[locale]}`,
    label_singular: `översättning till ${languageNames[locale]}`,
    description: `Texterna i content/translations/${locale}: varje text visas bredvid källans ord och med sitt läge (aktuell, inaktuell eller saknas). Namn, citat och fakta översätts inte.`,
    folder: `content/translations/${locale}`,
    extension: 'mdx',
    format: contentFormats.translation.name,
    create: false,
    delete: false,
    identifier_field: 'bodyOf',
    summary: '{{filename}}',
    editor: { preview: false },
    fields: [
      {
        name: 'entries',
        label: 'Översättningar',
        widget: 'translation-entries',
        locale,
        required: false,
        hint: 'Skriv översättningen under källans text. När du ändrar en text sparas kontrollsumman för källtexten du översatte från, så sidan vet att översättningen är aktuell.',
      },
      {
        name: 'bodyOf',
        label: 'Den löpande texten',
        widget: 'translation-body',
        locale,
        required: false,
        hint: 'Kontrollsumman för den löpande text i regionfilen som texten nedan översätter. Markera den som aktuell när du har översatt källans nuvarande text.',
      },
      narrativeField('Löpande text, översatt', narrativeHint),
    ],
  };
}

/** The whole configuration, in the order Decap CMS documents its options. */
export function editorConfig(
  content: Pick<Content, 'topics' | 'charter'>,
  repository: EditorRepository,
): Record<string, unknown> {
  const choices = choicesOf(content);
  const backend = editorBackend(repository);
  if (!backend) {
    throw new Error(
      `The web editor signs in to GitHub or GitLab; ${new URL(repository.url).hostname} is neither as far as its address says. Set EDITOR_BACKEND, or see docs/web-editor.md for other hosts.`,
    );
  }
  return {
    locale: 'sv',
    backend,
    publish_mode: 'editorial_workflow',
    local_backend: { url: `${localProxyUrl}/api/v1` },
    // Required by Decap CMS; nothing in the content model takes an uploaded file.
    media_folder: 'public/uploads',
    search: false,
    collections: [regionsCollection(choices), ...locales.map(translationsCollection)],
  };
}
