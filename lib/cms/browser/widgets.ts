/**
 * The editor's own widgets, for what Decap CMS has none for: a translation's texts shown beside the
 * source's words with each one's state, the state of the translated narrative, and a choice among
 * the file's own sources (or plans) where a field refers to one by its id.
 */
import { translationStatus } from '../../content/translation-status';
import { isLocale } from '../../i18n/locales';
import type { FieldOrder } from '../key-order';
import type { RegionTranslationSources, TranslationSource } from '../translation-sources';
import { type Component, plain } from './decap';
import { loadSources } from './sources';

type Entries = Record<string, { text?: string; of?: string }>;

const words = {
  loading: 'Hämtar källans texter …',
  unavailable: 'Källans texter gick inte att hämta. Spara inte: ladda om sidan och försök igen.',
  noRegion: (slug: string) => `Det finns ingen region ${slug}: översättningen hör inte till någon regionfil.`,
  current: 'Aktuell',
  outdated: 'Inaktuell: källtexten har ändrats sedan översättningen',
  missing: 'Saknas: sidan visar källans text',
  source: 'Källans text',
  terms: 'Termer ur termbanken (content/termbase.yaml) som texten använder',
  keepTerm: (term: string, gloss: string | undefined) =>
    `«${term}»: behåll ordet${gloss ? `, med förklaringen «${gloss}» inom parentes` : ''}`,
  approvedTerm: (term: string, rendering: string) => `«${term}»: skriv «${rendering}»`,
  translation: (locale: string) => `Översättning (${locale})`,
  stillRight: 'Översättningen stämmer med den nya källtexten',
  orphans: 'Texter som inte längre finns i regionfilen',
  remove: (path: string) => `Ta bort ${path}`,
  bodyCurrent: 'Den översatta löpande texten är gjord från källans nuvarande text.',
  bodyOutdated: 'Källans löpande text har ändrats sedan översättningen gjordes: sidan visar originalet.',
  bodyMissing: 'Den löpande texten är inte översatt, eller inte markerad som översatt: sidan visar originalet.',
  bodyNone: 'Regionfilen har ingen löpande text.',
  markBody: 'Markera den löpande texten som översatt från källans nuvarande text',
  showSourceBody: 'Visa källans löpande text',
  notInFile: (value: string) => `${value} (finns inte i filen)`,
  choose: 'Välj …',
};

type Labelled = FieldOrder & { label?: string };

/** "Åtaganden › lika-lon › Åtagande" for commitments.lika-lon.statement, from the form's labels. */
export function pathLabel(path: string, fields: Labelled[]): string {
  let current: Labelled[] | undefined = fields;
  return path
    .split('.')
    .map((segment) => {
      const field = current?.find((candidate) => candidate.name === segment);
      if (!field) return /^\d+$/.test(segment) ? String(Number(segment) + 1) : segment;
      // A list of kinds (figures) has its fields under each kind.
      current = field.fields ?? field.field?.fields ?? field.types?.flatMap((type) => type.fields ?? []);
      return field.label ?? segment;
    })
    .join(' › ');
}

/** A translation's entries as the form holds them, keeping only what has the shape of an entry. */
function entriesOf(value: unknown): Entries {
  const data = plain(value);
  if (typeof data !== 'object' || data === null) return {};
  return Object.fromEntries(
    Object.entries(data).flatMap(([path, entry]: [string, unknown]) =>
      typeof entry === 'object' && entry !== null
        ? [
            [
              path,
              {
                text: 'text' in entry && typeof entry.text === 'string' ? entry.text : undefined,
                of: 'of' in entry && typeof entry.of === 'string' ? entry.of : undefined,
              },
            ],
          ]
        : [],
    ),
  );
}

type State = { region?: RegionTranslationSources; failed?: boolean; loaded?: boolean };

function entrySlug(props: Component<State>['props']): string {
  return String(props.getEntry().get('slug') ?? '');
}

/** The widgets, made with Decap CMS's own React (window.h and window.createClass). */
export function editorWidgets(regionFields: FieldOrder[]) {
  const h = window.h;

  /** What both translation widgets do first: fetch the region's source texts as they are now. */
  const withSources = {
    getInitialState(): State {
      return {};
    },
    componentDidMount(this: Component<State>) {
      loadSources().then(
        (sources) => this.setState({ region: sources[entrySlug(this.props)], loaded: true }),
        () => this.setState({ failed: true }),
      );
    },
  };

  /** A paragraph saying why there are no texts to show yet, or undefined when there are. */
  function waiting(component: Component<State>): unknown {
    const { region, failed, loaded } = component.state;
    if (failed) return h('p', { role: 'alert' }, words.unavailable);
    if (!loaded) return h('p', null, words.loading);
    if (!region) return h('p', { role: 'alert' }, words.noRegion(entrySlug(component.props)));
    return undefined;
  }

  /** How the termbase says to render each term a source text uses, in the locale of the form. */
  const termLines = (source: TranslationSource, locale: string) =>
    source.terms.flatMap(({ term, renderings }) => {
      const rendering = isLocale(locale) ? renderings[locale] : undefined;
      if (!rendering) return [];
      return [
        rendering.approved ? words.approvedTerm(term, rendering.approved) : words.keepTerm(term, rendering.gloss),
      ];
    });

  /** The list of terms a source text uses, under an id the text's field points to, or nothing. */
  const termList = (id: string, lines: string[]) =>
    lines.length > 0 &&
    h(
      'div',
      { id, className: 'translation-terms' },
      h('p', { className: 'translation-source-label' }, words.terms),
      h('ul', null, ...lines.map((line) => h('li', { key: line }, line))),
    );

  const group = (props: Component<State>['props'], className: string, ...children: unknown[]) =>
    h(
      'div',
      { id: props.forID, role: 'group', 'aria-label': String(props.field.get('label')), className },
      ...children,
    );

  const translationEntries = window.createClass<State>({
    ...withSources,
    render(this: Component<State>) {
      const { region } = this.state;
      if (!region) return group(this.props, 'translation-entries', waiting(this));
      const locale = String(this.props.field.get('locale'));
      const entries = entriesOf(this.props.value);
      const id = (index: number, part: string) => `${this.props.forID}-${index}-${part}`;
      // Writing a translation records the source text it was written beside: it is then current.
      const set = (source: TranslationSource, text: string) => {
        const next = { ...entries };
        if (text.trim() === '') delete next[source.path];
        else next[source.path] = { text, of: source.hash };
        this.props.onChange(next);
      };
      const item = (source: TranslationSource, index: number) => {
        const entry = entries[source.path];
        const status = translationStatus(source.hash, entry);
        const terms = termLines(source, locale);
        return h(
          'li',
          { key: source.path, className: `translation translation-${status}` },
          h('h2', { id: id(index, 'path'), className: 'translation-path' }, pathLabel(source.path, regionFields)),
          h('p', { id: id(index, 'status'), className: 'translation-status', 'aria-live': 'polite' }, words[status]),
          h('p', { className: 'translation-source-label' }, words.source),
          h(
            'blockquote',
            { id: id(index, 'source'), lang: region.language, className: 'translation-source' },
            source.text,
          ),
          termList(id(index, 'terms'), terms),
          h('label', { htmlFor: id(index, 'text'), className: 'translation-label' }, words.translation(locale)),
          h('textarea', {
            id: id(index, 'text'),
            lang: locale,
            'aria-describedby': ['path', 'status', 'source', ...(terms.length > 0 ? ['terms'] : [])]
              .map((part) => id(index, part))
              .join(' '),
            rows: Math.min(8, Math.ceil(source.text.length / 90) + 1),
            value: entry?.text ?? '',
            onChange: (event: { target: { value: string } }) => set(source, event.target.value),
          }),
          status === 'outdated' &&
            h(
              'button',
              {
                type: 'button',
                onClick: () => {
                  set(source, entry?.text ?? '');
                  // The button goes with the state it changes: the text it belongs to keeps the focus.
                  document.getElementById(id(index, 'text'))?.focus();
                },
              },
              words.stillRight,
            ),
        );
      };
      const known = new Set(region.texts.map((text) => text.path));
      const orphans = Object.keys(entries).filter((path) => !known.has(path));
      const remove = (path: string) =>
        this.props.onChange(Object.fromEntries(Object.entries(entries).filter(([key]) => key !== path)));
      return group(
        this.props,
        'translation-entries',
        h('ol', null, region.texts.map(item)),
        orphans.length > 0 &&
          h(
            'section',
            { className: 'translation-orphans' },
            h('h2', { className: 'translation-path' }, words.orphans),
            h(
              'ul',
              null,
              orphans.map((path) =>
                h(
                  'li',
                  { key: path },
                  h('code', null, path),
                  ': ',
                  h('span', { lang: locale }, entries[path]?.text ?? ''),
                  ' ',
                  h('button', { type: 'button', onClick: () => remove(path) }, words.remove(path)),
                ),
              ),
            ),
          ),
      );
    },
  });

  const translationBody = window.createClass<State>({
    ...withSources,
    render(this: Component<State>) {
      const { region } = this.state;
      if (!region) return group(this.props, 'translation-body', waiting(this));
      const { body } = region;
      if (!body) return group(this.props, 'translation-body', h('p', null, words.bodyNone));
      const value = plain(this.props.value);
      const statusId = `${this.props.forID}-status`;
      const status = translationStatus(body.hash, typeof value === 'string' ? { of: value } : undefined);
      const message = { current: words.bodyCurrent, outdated: words.bodyOutdated, missing: words.bodyMissing }[status];
      return group(
        this.props,
        'translation-body',
        h('p', { id: statusId, className: 'translation-status', tabIndex: -1, 'aria-live': 'polite' }, message),
        status !== 'current' &&
          h(
            'button',
            {
              type: 'button',
              onClick: () => {
                this.props.onChange(body.hash);
                document.getElementById(statusId)?.focus();
              },
            },
            words.markBody,
          ),
        h(
          'details',
          null,
          h('summary', null, words.showSourceBody),
          h('pre', { lang: region.language, className: 'translation-source' }, body.text),
        ),
        // Outside the folded source: the terms are what a translator of the narrative must not miss.
        termList(`${this.props.forID}-terms`, termLines(body, String(this.props.field.get('locale')))),
      );
    },
  });

  /** A choice among the ids of one of the file's own lists (field option `list`: sources or plans). */
  const fileReference = window.createClass<Record<string, never>>({
    render(this: Component<Record<string, never>>) {
      const { field, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const list = plain(this.props.getEntry().getIn(['data', String(field.get('list'))]));
      const items = Array.isArray(list) ? list : [];
      const value = typeof this.props.value === 'string' ? this.props.value : '';
      const options = items.flatMap((item: unknown) =>
        typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
          ? [{ value: item.id, label: 'title' in item ? `${item.id}: ${String(item.title)}` : item.id }]
          : [],
      );
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
