/**
 * Rules for the MDX body of a region file. MDX is JavaScript as much as Markdown, so content may
 * use only a small, safe part of it: Markdown, the components in lib/content/components.ts, and
 * links to pages that exist. Everything else is refused with a message that says what to write instead.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Pluggable } from 'unified';
import { VFile } from 'vfile';

import { remarkPluginNames } from '../mdx-plugins';
import { contentComponentNames, contentComponents } from './components';
import type { ContentError } from './errors';
import { messages } from './messages';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed']);
const allowedList = contentComponentNames.map((name) => `<${name}>`).join(', ');

interface Point {
  line: number;
  column: number;
}

interface AstNode {
  type: string;
  position?: { start: Point };
  children?: unknown[];
  [field: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function* walk(node: AstNode): Generator<AstNode> {
  yield node;
  for (const child of node.children ?? []) if (isNode(child)) yield* walk(child);
}

let remarkPlugins: Promise<Pluggable[]> | undefined;

function loadRemarkPlugins(): Promise<Pluggable[]> {
  remarkPlugins ??= Promise.all(remarkPluginNames.map(async (name) => (await import(name)).default as Pluggable));
  return remarkPlugins;
}

function isComponentName(name: string): name is keyof typeof contentComponents {
  return Object.hasOwn(contentComponents, name);
}

/** What is wrong with one JSX element, if anything. */
function jsxProblems(node: AstNode): string[] {
  const name = typeof node.name === 'string' ? node.name : null;
  if (name === null) return [messages.emptyTag()];
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    return [messages.forbiddenElement(name)];
  }
  if (!isComponentName(name)) {
    return [messages.unknownComponent(name, allowedList)];
  }
  const spec = contentComponents[name];
  const problems: string[] = [];
  const given = new Set<string>();
  for (const attribute of Array.isArray(node.attributes) ? node.attributes : []) {
    if (!isNode(attribute)) continue;
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      problems.push(messages.expressionAttribute());
      continue;
    }
    given.add(attribute.name);
    if (/^on/i.test(attribute.name)) {
      problems.push(messages.codeAttribute(attribute.name));
    } else if (!(spec.allowed as readonly string[]).includes(attribute.name)) {
      problems.push(messages.unknownAttribute(name, attribute.name, spec.allowed));
    } else if (typeof attribute.value !== 'string') {
      problems.push(messages.attributeInQuotes(attribute.name));
    }
  }
  for (const required of spec.required) {
    if (!given.has(required)) problems.push(messages.attributeMissing(name, required));
  }
  return problems;
}

function linkProblem(url: string, knownPaths: ReadonlySet<string>): string | undefined {
  if (/^(https?:|mailto:)/i.test(url) || url.startsWith('#')) return undefined;
  if (url.startsWith('/')) {
    const path = url.replace(/[?#].*$/, '');
    const withSlash = path.endsWith('/') ? path : `${path}/`;
    return knownPaths.has(withSlash) ? undefined : messages.noSuchPage(url);
  }
  return messages.incompleteLink(url);
}

/**
 * Checks an MDX file's body: it parses, and uses only what content may use. The content check and the
 * gate before the bundler's MDX loader (mdx-gate.ts) both ask this; only the loader compiles.
 * @param knownPaths site paths of every page, each ending in a slash ("/sv/regions/halland/")
 */
export async function checkMdx(file: string, text: string, knownPaths: ReadonlySet<string>): Promise<ContentError[]> {
  const plugins = await loadRemarkPlugins();
  const vfile = new VFile({ path: file, value: text });
  let tree: unknown;
  try {
    // The rules read the Markdown tree as written, before any transform.
    tree = createProcessor({ remarkPlugins: plugins }).parse(vfile);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? String(error);
    return [
      {
        file,
        line: place.line ?? 1,
        column: place.column ?? 1,
        field: '',
        message: messages.mdxUnreadable(reason),
      },
    ];
  }
  if (!isNode(tree)) return [];

  const errors: ContentError[] = [];
  const report = (node: AstNode, message: string) =>
    errors.push({
      file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      field: '',
      message,
    });

  for (const node of walk(tree)) {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, messages.importExport(allowedList));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, messages.curlyBraces());
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const problem of jsxProblems(node)) report(node, problem);
        break;
      case 'heading':
        if (node.depth === 1) report(node, messages.topHeading());
        break;
      case 'image':
        report(node, messages.image());
        break;
      case 'link':
      case 'definition': {
        const problem = typeof node.url === 'string' ? linkProblem(node.url, knownPaths) : undefined;
        if (problem) report(node, problem);
        break;
      }
    }
  }
  return errors;
}
