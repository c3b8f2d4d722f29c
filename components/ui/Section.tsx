import type { ReactNode } from 'react';

interface Props {
  /** Stable anchor on the heading: other pages and the table of contents link to it. */
  id: string;
  title: string;
  children: ReactNode;
}

/** A titled part of a page, with an h2 that the table of contents and screen readers navigate by. */
export function Section({ id, title, children }: Props) {
  return (
    <section aria-labelledby={id} className="mt-12 border-t border-slate-200 pt-8">
      <h2 id={id} className="scroll-mt-4 text-2xl font-bold text-brand-900">
        {title}
      </h2>
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}
