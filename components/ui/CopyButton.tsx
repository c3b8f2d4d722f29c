interface Props {
  /** Id of the element whose text the button copies. */
  copyFrom: string;
  label: string;
  /** Announced to screen readers, and shown, once the text is copied. */
  doneMessage: string;
}

/**
 * Copies the text of an element on the page to the clipboard (lib/browser/copy.ts). Without JavaScript
 * it is not shown: the text stands on the page for anyone to select, and no button would do nothing.
 */
export function CopyButton({ copyFrom, label, doneMessage }: Props) {
  return (
    <span
      data-module="copy-button"
      data-copy-from={copyFrom}
      data-done-message={doneMessage}
      className="copy-button js-only inline-flex flex-wrap items-center gap-3"
    >
      <button
        type="button"
        className="rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700" />
    </span>
  );
}
