import { textLinkClass } from '@/components/ui/TextLink';
interface Props {
  /** The anchor the link points at, without "#". */
  id: string;
  label: string;
  /**
   * Said after the label to screen readers: where the link leads ("to the row Employer role"), so
   * that a list of the page's links does not show a wall of identical names.
   */
  description: string;
  doneMessage: string;
}

/**
 * A link to a row of a comparison. Without JavaScript it is a plain #anchor link; with
 * lib/browser/copy.ts a click also puts the row's full address on the clipboard, ready to paste.
 */
export function CopyLink({ id, label, description, doneMessage }: Props) {
  return (
    <span data-pagefind-ignore data-module="copy-link" data-done-message={doneMessage} className="copy-link">
      <a href={`#${id}`} className={textLinkClass}>
        {label}
        <span className="sr-only"> {description}</span>
      </a>
      <span role="status" />
    </span>
  );
}
