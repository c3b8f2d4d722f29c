'use client';

import { useState } from 'react';
import { useHydrated } from './browser-state';

interface Props {
  /** The text put on the clipboard. */
  text: string;
  label: string;
  /** Announced to screen readers, and shown, once the text is copied. */
  doneMessage: string;
}

/**
 * Copies a text to the clipboard. Without JavaScript it stays hidden: the text it copies is on the
 * page for anyone to select, so nothing is lost, and no button is shown that would do nothing.
 */
export function CopyButton({ text, label, doneMessage }: Props) {
  const ready = useHydrated();
  const [done, setDone] = useState(false);
  return (
    <span className="copy-button inline-flex flex-wrap items-center gap-3">
      <button
        type="button"
        hidden={!ready}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setDone(true);
          } catch {
            // No clipboard (permission refused): the text stays on the page to be selected by hand.
          }
        }}
        className="rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {done ? doneMessage : ''}
      </span>
    </span>
  );
}
