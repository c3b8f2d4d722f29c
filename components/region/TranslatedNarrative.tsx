import { evaluate } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Pluggable } from 'unified';

import type { remarkPluginNames } from '@/lib/mdx-plugins';
import { contentComponents } from '@/mdx-components';

/** The plugins of lib/mdx-plugins.ts as modules: the type fails when that list changes and this does not. */
const plugins = {
  'remark-frontmatter': remarkFrontmatter,
  'remark-gfm': remarkGfm,
} satisfies Record<(typeof remarkPluginNames)[number], Pluggable>;

/**
 * A translated narrative, compiled at build time from its translation file's text: the region's own
 * narrative is a module the bundler compiles, a translation is text the content loader has read. The
 * content check has held both to the same MDX rules.
 */
export async function TranslatedNarrative({ text, components }: { text: string; components: MDXComponents }) {
  const { default: Content } = await evaluate(text, { ...runtime, remarkPlugins: Object.values(plugins) });
  return <Content components={{ ...contentComponents, ...components }} />;
}
