import type { ReactNode } from 'react';

import { textLinkClass } from '@/components/ui/TextLink';

interface Props {
  href: string;
  /** Said after the link text to screen readers: "(another website)" in the page's language. */
  label: string;
  /** Language of the label: the page's, which may differ from the link text's. */
  labelLang: string;
  children: ReactNode;
}

/** A link that leaves the site: marked as such, and giving the other site nothing about this one. */
export function ExternalLink({ href, label, labelLang, children }: Props) {
  return (
    <a href={href} rel="noopener noreferrer" className={textLinkClass}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span lang={labelLang} className="sr-only">
        {' '}
        {label}
      </span>
    </a>
  );
}
