import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';

import type { PageContext } from '@/lib/page-context';

import { ContentLink } from './ContentLink';

/** Links in MDX text: the site's pages through next/link, other sites marked in the page's language. */
export function linkComponents({ locale, t }: PageContext): MDXComponents {
  return {
    a: (props: ComponentPropsWithoutRef<'a'>) => (
      <ContentLink {...props} externalLabel={t.shell.externalLink} externalLabelLang={locale} />
    ),
  };
}

/**
 * How a region's narrative renders inside its page: one heading level down, since the page's section
 * is the h2 (the content check refuses an h1 in content).
 */
export function regionMdxComponents(page: PageContext): MDXComponents {
  return {
    h2: (props: ComponentPropsWithoutRef<'h2'>) => <h3 className="text-xl font-semibold text-brand-900" {...props} />,
    h3: (props: ComponentPropsWithoutRef<'h3'>) => <h4 className="text-lg font-semibold" {...props} />,
    h4: (props: ComponentPropsWithoutRef<'h4'>) => <h5 className="font-semibold" {...props} />,
    ...linkComponents(page),
  };
}
