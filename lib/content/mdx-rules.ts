/**
 * Rules for the MDX body of a region file. MDX is JavaScript as much as Markdown, so content may
 * use only a small, safe part of it: Markdown, the components in components/mdx/allowed.ts, and
 * links to pages that exist. Everything else is refused with a message that says what to write instead.
 */
import { compile, createProcessor } from '@mdx-js/mdx';
import type { Pluggable } from 'unified';
import { VFile } from 'vfile';

import { remarkPluginNames } from '../mdx-plugins';
import { contentComponentNames, contentComponents } from './components';
import type { ContentError } from './errors';

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
  if (name === null) return ['empty tags <> </> are not allowed in content.'];
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    return [`<${name}> is not allowed in content: the content files may not run or embed code.`];
  }
  if (!isComponentName(name)) {
    return [
      `<${name}> cannot be used in content. Allowed: ${allowedList}. For a link write [text](address); for emphasis **bold** or _italic_.`,
    ];
  }
  const spec = contentComponents[name];
  const problems: string[] = [];
  const given = new Set<string>();
  for (const attribute of Array.isArray(node.attributes) ? node.attributes : []) {
    if (!isNode(attribute)) continue;
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      problems.push(`attributes written with { } are not allowed in content.`);
      continue;
    }
    given.add(attribute.name);
    if (/^on/i.test(attribute.name)) {
      problems.push(`the attribute ${attribute.name} runs code and is not allowed in content.`);
    } else if (!(spec.allowed as readonly string[]).includes(attribute.name)) {
      problems.push(`<${name}> has no attribute ${attribute.name}; it takes: ${spec.allowed.join(', ')}.`);
    } else if (typeof attribute.value !== 'string') {
      problems.push(`write the value of ${attribute.name} in quotes, like ${attribute.name}="en".`);
    }
  }
  for (const required of spec.required) {
    if (!given.has(required)) problems.push(`<${name}> needs the attribute ${required}, like <${name} ${required}="en">.`);
  }
  return problems;
}

function linkProblem(url: string, knownPaths: ReadonlySet<string>): string | undefined {
  if (/^(https?:|mailto:)/i.test(url) || url.startsWith('#')) return undefined;
  if (url.startsWith('/')) {
    const path = url.replace(/[?#].*$/, '');
    const withSlash = path.endsWith('/') ? path : `${path}/`;
    return knownPaths.has(withSlash)
      ? undefined
      : `the link ${url} leads to no page on this site. Pages have addresses like /sv/regions/halland/.`;
  }
  return `write the link ${url} in full: /sv/… for a page on this site, https://… for another site.`;
}

/**
 * Checks an MDX file's body: it compiles, and uses only what content may use.
 * @param knownPaths site paths of every page, each ending in a slash ("/sv/regions/halland/")
 */
export async function checkMdx(file: string, text: string, knownPaths: ReadonlySet<string>): Promise<ContentError[]> {
  const plugins = await loadRemarkPlugins();
  const vfile = new VFile({ path: file, value: text });
  let tree: unknown;
  try {
    // The rules read the Markdown tree, before any transform; compiling then proves the file builds.
    tree = createProcessor({ remarkPlugins: plugins }).parse(vfile);
    await compile(vfile, { remarkPlugins: plugins });
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? String(error);
    return [
      {
        file,
        line: place.line ?? 1,
        column: place.column ?? 1,
        field: '',
        message: `the text cannot be read as MDX: ${reason}. In MDX, < and { start code; to write them as text, put a backslash before them: \\< and \\{.`,
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
        report(node, `import and export statements are not allowed in content; the components content may use (${allowedList}) work without import.`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'curly braces { } are code in MDX and are not allowed in content. To write a brace as text: \\{');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const problem of jsxProblems(node)) report(node, problem);
        break;
      case 'heading':
        if (node.depth === 1) report(node, 'write headings with ## or more: the page already has its title (#).');
        break;
      case 'image':
        report(node, 'images are not supported in region content yet.');
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
