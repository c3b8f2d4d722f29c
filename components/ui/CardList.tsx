import type { ReactNode } from 'react';

import { NotMentioned } from './NotMentioned';

interface Props<T> {
  items: readonly T[];
  /** What stands instead of an empty list: that the source does not mention any. */
  empty: string;
  keyOf: (item: T, index: number) => string;
  /** "stack": one card under another; "grid": two side by side from the sm breakpoint (short cards). */
  layout?: 'stack' | 'grid';
  /** One card's content. */
  children: (item: T) => ReactNode;
}

/** A list of cards, one thing the source names each, or plainly that it names none. */
export function CardList<T>({ items, empty, keyOf, layout = 'stack', children }: Props<T>) {
  if (items.length === 0) return <NotMentioned text={empty} />;
  return (
    <ul className={layout === 'grid' ? 'grid gap-4 sm:grid-cols-2' : 'space-y-3'}>
      {items.map((item, index) => (
        <li key={keyOf(item, index)} className="rounded-lg border border-slate-300 p-4">
          {children(item)}
        </li>
      ))}
    </ul>
  );
}
