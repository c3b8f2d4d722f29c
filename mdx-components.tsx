import type { MDXComponents } from 'mdx/types';

import { Lang } from '@/components/mdx/Lang';
import type { ContentComponentName } from '@/lib/content/components';

/**
 * Every component that content may use (lib/content/components.ts): the type makes a missing one a
 * compile error. Pages add their own element overrides through the MDX `components` prop.
 */
const contentComponents: Record<ContentComponentName, MDXComponents[string]> = { Lang };

export function useMDXComponents(): MDXComponents {
  return contentComponents;
}
