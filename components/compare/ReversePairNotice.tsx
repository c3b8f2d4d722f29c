import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { withBasePath } from '@/lib/site';

interface Props {
  title: string;
  text: string;
  /** Site-relative path of the canonical page, without the base path. */
  href: string;
  linkText: string;
}

/**
 * The page for a pair written in reverse order. It says where the comparison is and links there;
 * with JavaScript (lib/browser/redirect.ts) it also goes there at once, keeping the #fragment so that
 * a linked row still opens.
 */
export function ReversePairNotice({ title, text, href, linkText }: Props) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="mt-4 text-lg" data-module="redirect" data-target={withBasePath(href)}>
        {text}{' '}
        <TextLink href={href} className="font-semibold">
          {linkText}
        </TextLink>
        .
      </p>
    </>
  );
}
