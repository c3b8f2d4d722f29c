/** What a source does not mention: said as such, never as "no". */
export function NotMentioned({ text }: { text: string }) {
  return <p className="not-mentioned text-slate-700 italic">{text}</p>;
}
