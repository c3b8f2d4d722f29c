import type { MDXComponents } from 'mdx/types';

/** The elements and components region content may use. Anything not listed here is refused by the content check. */
const components: MDXComponents = {};

export function useMDXComponents(): MDXComponents {
  return components;
}
