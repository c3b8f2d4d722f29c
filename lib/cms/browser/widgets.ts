/**
 * The editor's own widgets, for what Decap CMS has none for: a translation's texts shown beside the
 * source's words with each one's state, the state of the translated narrative, and a choice among
 * the file's own sources (or plans) where a field refers to one by its id.
 */
import type { FieldOrder } from '../key-order';
import type { RegionTranslationSources, TranslationSource } from '../translation-sources';
import { type Component, plain } from './decap';

type Entries = Record<string, { text?: string; of?: string }>;
type Sources = Record<string, RegionTranslationSources>;

const words = {
  loading: 'Hämtar källans texter …',
  unavailable: 'Källans texter gick inte att hämta. Spara inte: ladda om sidan och försök igen.',
  noRegion: (slug: string) => `Det finns ingen region ${slug}: översättningen hör inte till någon regionfil.`,
  current: 'Aktuell',
  outdated: 'Inaktuell: källtexten har ändrats sedan översättningen',
  missing: 'Saknas: sidan visar källans text',
  source: 'Källans text',
  translation: 'Översättning',
  stillRight: 'Översättningen stämmer med den nya källtexten',
  orphans: 'Texter som inte längre finns i regionfilen',
  remove: 'Ta bort',
  bodyCurrent: 'Den översatta löpande texten är gjord från källans nuvarande text.',
  bodyOutdated: 'Källans löpande text har ändrats sedan översättningen gjordes: sidan visar originalet.',
  bodyMissing: 'Den löpande texten är inte översatt, eller inte markerad som översatt: sidan visar originalet.',
  bodyNone: 'Regionfilen har ingen löpande text.',
  markBody: 'Markera den löpande texten som översatt från källans nuvarande text',
  showSourceBody: 'Visa källans löpande text',
  notInFile: (value: string) => `${value} (finns inte i filen)`,
  choose: 'Välj …',
};

let sourcesPromise: Promise<Sources> | undefined;

/** The source texts, fetched once: from the development server they are read from disk each time. */
function loadSources(): Promise<Sources> {
  sourcesPromise ??= fetch('translation-sources.json').then((response) => {
    if (!response.ok) throw new Error(`translation-sources.json: ${response.status}`);
    return response.json() as Promise<Sources>;
  });
  return sourcesPromise;
}

/** "Åtaganden › lika-lon › Åtagande" for commitments.lika-lon.statement, from the form's labels. */
export function pathLabel(path: string, fields: (FieldOrder & { label?: string })[]): string {
  let current: (FieldOrder & { label?: string })[] | undefined = fields;
  return path
    .split('.')
    .map((segment) => {
      const field = current?.find((candidate) => candidate.name === segment);
      if (field) {
        current = (field.fields ?? field.field?.fields) as typeof current;
        return field.label ?? segment;
      }
      return /^\d+$/.test(segment) ? String(Number(segment) + 1) : segment;
    })
    .join(' › ');
}

type State = { sources?: Sources; failed?: boolean };

function entrySlug(props: Component<State>['props']): string {
  return String(props.getEntry().get('slug') ?? '');
}

/** The widgets, made with Decap CMS's own React (window.h and window.createClass). */
export function editorWidgets(regionFields: FieldOrder[]) {
  const h = window.h;

  const sourceState = {
    getInitialState(): State {
      return {};
    },
    componentDidMount(this: Component<State>) {
      loadSources().then(
        (sources) => this.setState({ sources }),
        () => this.setState({ failed: true }),
      );
    },
  };

  /** The region's texts, or a paragraph saying why there are none. */
  function regionOf(component: Component<State>): RegionTranslationSources | unknown {
    const { sources, failed } = component.state;
    if (failed) return h('p', { role: 'alert' }, words.unavailable);
    if (!sources) return h('p', null, words.loading);
    const region = sources[entrySlug(component.props)];
    return region ?? h('p', { role: 'alert' }, words.noRegion(entrySlug(component.props)));
  }

  function isRegion(value: unknown): value is RegionTranslationSources {
    return typeof value === 'object' && value !== null && 'texts' in value;
  }

  const translationEntries = window.createClass<State>({
    ...sourceState,
    render(this: Component<State>) {
      const region = regionOf(this);
      if (!isRegion(region)) return h('div', { id: this.props.forID }, region);
      const locale = String(this.props.field.get('locale'));
      const entries = (plain(this.props.value) ?? {}) as Entries;
      const change = (next: Entries) => this.props.onChange(next);
      const set = (source: TranslationSource, text: string) => {
        const next = { ...entries };
        if (text.trim() === '') delete next[source.path];
        else next[source.path] = { text, of: source.hash };
        change(next);
      };
      const texts = region.texts.filter((text) => text.path !== 'body');
      const known = new Set(texts.map((text) => text.path));
      const orphans = Object.keys(entries).filter((path) => !known.has(path));
      const item = (source: TranslationSource, index: number) => {
        const entry = entries[source.path];
        const status = !entry ? 'missing' : entry.of === source.hash ? 'current' : 'outdated';
        const id = `${this.props.forID}-${index}`;
        return h(
          'li',
          { key: source.path, className: `translation translation-${status}` },
          h('h3', { className: 'translation-path' }, pathLabel(source.path, regionFields)),
          h('p', { className: 'translation-status' }, words[status]),
          h('p', { className: 'translation-source-label' }, words.source),
          h('blockquote', { lang: region.language, className: 'translation-source' }, source.text),
          h('label', { htmlFor: id }, `${words.translation} (${locale})`),
          h('textarea', {
            id,
            lang: locale,
            rows: Math.min(8, Math.ceil(source.text.length / 90) + 1),
            value: entry?.text ?? '',
            onChange: (event: { target: { value: string } }) => set(source, event.target.value),
          }),
          status === 'outdated' &&
            h('button', { type: 'button', onClick: () => set(source, entry?.text ?? '') }, words.stillRight),
        );
      };
      return h(
        'div',
        { id: this.props.forID, className: 'translation-entries' },
        h('ol', null, texts.map(item)),
        orphans.length > 0 &&
          h(
            'section',
            { className: 'translation-orphans' },
            h('h3', null, words.orphans),
            h(
              'ul',
              null,
              orphans.map((path) =>
                h(
                  'li',
                  { key: path },
                  h('code', null, path),
                  ': ',
                  entries[path]?.text ?? '',
                  ' ',
                  h(
                    'button',
                    {
                      type: 'button',
                      onClick: () =>
                        change(Object.fromEntries(Object.entries(entries).filter(([key]) => key !== path))),
                    },
                    words.remove,
                  ),
                ),
              ),
            ),
          ),
      );
    },
  });

  const translationBody = window.createClass<State>({
    ...sourceState,
    render(this: Component<State>) {
      const region = regionOf(this);
      if (!isRegion(region)) return h('div', { id: this.props.forID }, region);
      const body = region.texts.find((text) => text.path === 'body');
      if (!body) return h('p', { id: this.props.forID }, words.bodyNone);
      const value = plain(this.props.value);
      const message = value === body.hash ? words.bodyCurrent : value ? words.bodyOutdated : words.bodyMissing;
      return h(
        'div',
        { id: this.props.forID, className: 'translation-body' },
        h('p', { className: 'translation-status' }, message),
        value !== body.hash &&
          h('button', { type: 'button', onClick: () => this.props.onChange(body.hash) }, words.markBody),
        h(
          'details',
          null,
          h('summary', null, words.showSourceBody),
          h('pre', { lang: region.language, className: 'translation-source' }, body.text),
        ),
      );
    },
  });

  /** A choice among the ids of one of the file's own lists (field option `list`: sources or plans). */
  const fileReference = window.createClass<Record<string, never>>({
    render(this: Component<Record<string, never>>) {
      const { field, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const list = String(field.get('list'));
      const items = (plain(this.props.getEntry().getIn(['data', list])) ?? []) as Record<string, unknown>[];
      const value = typeof this.props.value === 'string' ? this.props.value : '';
      const options = items
        .filter((item) => typeof item.id === 'string')
        .map((item) => ({ value: String(item.id), label: `${String(item.id)}: ${String(item.title ?? '')}` }));
      if (value !== '' && !options.some((option) => option.value === value)) {
        options.push({ value, label: words.notInFile(value) });
      }
      return h(
        'select',
        {
          id: forID,
          className: classNameWrapper,
          value,
          onChange: (event: { target: { value: string } }) => onChange(event.target.value || undefined),
          // Re-read the list on focus: it may have changed since the form was drawn.
          onFocus: () => {
            setActiveStyle();
            this.setState({});
          },
          onBlur: setInactiveStyle,
        },
        h('option', { value: '' }, words.choose),
        options.map((option) => h('option', { key: option.value, value: option.value }, option.label)),
      );
    },
  });

  return { translationEntries, translationBody, fileReference };
}
