import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';

import { ExternalLink } from '@/components/ui/ExternalLink';
import { withBasePath } from '@/lib/site';

type Props = ComponentPropsWithoutRef<'a'> & {
  /** "(another website)" in the page's language, said after links that leave the site. */
  externalLabel: string;
  externalLabelLang: string;
};

/**
 * Links written in content: pages of this site go through next/link (which adds the base path),
 * #anchors stay as they are, and links to other sites are marked as leaving the site.
 */
export function ContentLink({ href = '', children, externalLabel, externalLabelLang }: Props) {
  // A file of the site (/feed.xml, /data/…) is no page for next/link to prefetch and route to.
  if (href.startsWith('/') && /\.[a-z0-9]+$/i.test(href.replace(/[?#].*$/, ''))) {
    return (
      <a href={withBasePath(href)} className="text-link underline underline-offset-2">
        {children}
      </a>
    );
  }
  if (href.startsWith('/')) {
    return (
      <Link href={href} className="text-link underline underline-offset-2">
        {children}
      </Link>
    );
  }
  if (href.startsWith('#') || href.startsWith('mailto:')) {
    return (
      <a href={href} className="text-link underline underline-offset-2">
        {children}
      </a>
    );
  }
  return (
    <ExternalLink href={href} label={externalLabel} labelLang={externalLabelLang}>
      {children}
    </ExternalLink>
  );
}
