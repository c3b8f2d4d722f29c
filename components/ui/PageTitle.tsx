import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** A title of many words (the home page's) starts smaller on a phone, so that it takes fewer lines. */
  long?: boolean;
  lang?: string;
}

/** A page's h1, the same on every page. */
export function PageTitle({ children, long = false, lang }: Props) {
  return (
    <h1 lang={lang} className={`${long ? 'text-2xl' : 'text-3xl'} font-bold tracking-tight text-brand-900 sm:text-4xl`}>
      {children}
    </h1>
  );
}
