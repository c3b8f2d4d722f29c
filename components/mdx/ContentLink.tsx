import type { ComponentPropsWithoutRef } from 'react';

import { ExternalLink } from '@/components/ui/ExternalLink';
import { FileLink, TextLink, textLinkClass } from '@/components/ui/TextLink';

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
    return <FileLink href={href}>{children}</FileLink>;
  }
  if (href.startsWith('/')) {
    return <TextLink href={href}>{children}</TextLink>;
  }
  if (href.startsWith('#') || href.startsWith('mailto:')) {
    return (
      <a href={href} className={textLinkClass}>
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
