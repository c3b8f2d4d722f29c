import { textLinkClass } from '@/components/ui/TextLink';
interface Props {
  label: string;
  items: readonly { id: string; title: string }[];
}

/** Links to the sections of a long page, so that a phone reader need not scroll to find one. */
export function TableOfContents({ label, items }: Props) {
  return (
    <nav aria-label={label} data-pagefind-ignore className="toc mt-8 rounded-lg border border-slate-300 p-4">
      <p className="font-semibold">{label}</p>
      <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className={textLinkClass}>
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
