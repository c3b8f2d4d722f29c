'use client';

import { useState } from 'react';

interface Props {
  /** The anchor the link points at, without "#". */
  id: string;
  label: string;
  /**
   * Said after the label to screen readers: what the link is for. Left out inside a table's row
   * header, where the header itself says which row it is and is read out with every cell.
   */
  description?: string;
  doneMessage: string;
}

/**
 * A link to a row of a comparison. Without JavaScript it is a plain #anchor link; with JavaScript a
 * click also puts the row's full address on the clipboard, ready to paste into an article.
 */
export function CopyLink({ id, label, description, doneMessage }: Props) {
  const [done, setDone] = useState(false);
  return (
    <span data-pagefind-ignore className="copy-link ml-2 inline-flex items-center gap-2 text-sm font-normal">
      <a
        href={`#${id}`}
        onClick={async () => {
          const url = new URL(window.location.href);
          url.hash = id;
          try {
            await navigator.clipboard.writeText(url.toString());
            setDone(true);
          } catch {
            // No clipboard (permission refused): the link still moves to the row, which is its plain job.
          }
        }}
        className="text-link inline-flex min-h-6 min-w-6 items-center px-1 underline underline-offset-2"
      >
        {label}
        {description && <span className="sr-only"> {description}</span>}
      </a>
      <span role="status" className="text-xs text-slate-700">
        {done ? doneMessage : ''}
      </span>
    </span>
  );
}
