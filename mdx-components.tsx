import type { MDXComponents } from 'mdx/types';
import type { ContentComponentName } from '@/components/mdx/allowed';
import { Lang } from '@/components/mdx/Lang';

/**
 * Every component that content may use (components/mdx/allowed.ts): the type makes a missing one a
 * compile error. Pages add their own element overrides through the MDX `components` prop.
 */
const contentComponents: Record<ContentComponentName, MDXComponents[string]> = { Lang };

export function useMDXComponents(): MDXComponents {
  return contentComponents;
}
