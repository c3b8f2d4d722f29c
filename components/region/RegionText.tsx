import { OutdatedNote } from '@/components/ui/OutdatedNote';
import type { ShownText } from '@/lib/content/translations';
import type { PageContext } from '@/lib/page-context';

/**
 * The words of a region's text as the page shows them, for an element that carries `lang={shown.lang}`:
 * translated, or the source's words; where the translation is outdated, the source's words with a note
 * in the page's language that it is being updated.
 */
export function ShownWords({ shown, page }: { shown: ShownText; page: PageContext }) {
  return (
    <>
      {shown.text}
      {shown.status === 'outdated' && <OutdatedNote text={page.t.translation.beingUpdated} lang={page.locale} />}
    </>
  );
}

interface Props {
  shown: ShownText;
  page: PageContext;
  as?: 'p' | 'span' | 'h3' | 'li' | 'dd';
  className?: string;
}

/** A region's text in an element of its own, marked with the language it is shown in. */
export function RegionText({ shown, page, as: Element = 'span', className }: Props) {
  return (
    <Element lang={shown.lang} className={className}>
      <ShownWords shown={shown} page={page} />
    </Element>
  );
}
