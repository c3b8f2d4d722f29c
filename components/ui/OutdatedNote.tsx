interface Props {
  /** The note in the page's language: that the translation is being updated. */
  text: string;
  /** The page's language, where the note stands inside a text in another. */
  lang?: string;
  /** On a line of its own, under the text it is about, rather than after it. */
  block?: boolean;
}

/** Where an outdated translation gave way to the source's words: the one way a page says so. */
export function OutdatedNote({ text, lang, block = false }: Props) {
  return (
    <span lang={lang} className={`translation-note text-sm text-slate-700 not-italic${block ? ' block' : ''}`}>
      {block ? '' : ' '}({text})
    </span>
  );
}
