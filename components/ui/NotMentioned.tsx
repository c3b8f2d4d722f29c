/** What a source does not mention: said as such, never as "no", and styled apart from what it does say. */
export function NotMentioned({ text, as: Element = 'p' }: { text: string; as?: 'p' | 'span' }) {
  return <Element className="not-mentioned text-slate-700 italic">{text}</Element>;
}
