import type { ReactNode } from 'react';

/** A passage in another language than the text around it, so that screen readers pronounce it right. */
export function Lang({ lang, children }: { lang: string; children: ReactNode }) {
  return <span lang={lang}>{children}</span>;
}
