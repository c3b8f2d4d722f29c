import Link from 'next/link';
import type { ComponentProps } from 'react';

import { withBasePath } from '@/lib/site';

/** How a link looks in text and lists, wherever it leads: one colour and one underline. */
export const textLinkClass = 'text-link';

function withTextLinkClass(className: string | undefined): string {
  return className ? `${textLinkClass} ${className}` : textLinkClass;
}

type TextLinkProps = Omit<ComponentProps<typeof Link>, 'href'> & { href: string };

/** A link to a page of the site, by its site path (next/link adds the base path). */
export function TextLink({ className, ...props }: TextLinkProps) {
  return <Link {...props} className={withTextLinkClass(className)} />;
}

type FileLinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * A link to a file of the site (the open data, a page the router does not know), by its site path:
 * a plain <a>, with the base path added here.
 */
export function FileLink({ className, href, ...props }: FileLinkProps) {
  return <a {...props} href={withBasePath(href)} className={withTextLinkClass(className)} />;
}
