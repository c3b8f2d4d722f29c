/**
 * The little of Decap CMS's browser API the editor uses. decap-cms.js sets these globals; they are
 * typed here by hand because the package ships no types for its prebuilt bundle.
 */
export interface ImmutableLike {
  toJS(): unknown;
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
}

export interface WidgetProps {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  field: ImmutableLike;
  getEntry(): ImmutableLike;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

export interface Formatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

export interface Cms {
  init(options: { config: Record<string, unknown> }): void;
  registerWidget(name: string, control: unknown): void;
  getLocale(locale: string): Record<string, never> | undefined;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerEventListener(listener: { name: string; handler(data: { entry: ImmutableLike }): void }): void;
}

/** React.createElement, as decap-cms.js exposes it. */
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface Component<State> {
  props: WidgetProps;
  state: State;
  setState(state: Partial<State>): void;
}

export type CreateClass = <State>(spec: ThisType<Component<State>> & Record<string, unknown>) => unknown;

declare global {
  interface Window {
    CMS: Cms;
    h: CreateElement;
    createClass: CreateClass;
    CMS_MANUAL_INIT?: boolean;
  }
}

/** Plain data from what Decap CMS passes a widget: an Immutable value, plain data, or nothing. */
export function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'toJS' in value && typeof value.toJS === 'function') return value.toJS();
  return value;
}
