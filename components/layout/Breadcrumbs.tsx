import { TextLink } from '@/components/ui/TextLink';

export interface Crumb {
  label: string;
  /** Site-relative href; the last crumb is the current page and needs none. */
  href?: string;
}

export function Breadcrumbs({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="breadcrumbs text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb, index) => {
          const isCurrent = index === crumbs.length - 1;
          return (
            <li key={`${index}-${crumb.label}`} className="flex items-center gap-x-2">
              {index > 0 && (
                <span aria-hidden="true" className="text-slate-500">
                  ›
                </span>
              )}
              {isCurrent || !crumb.href ? (
                <span aria-current={isCurrent ? 'page' : undefined}>{crumb.label}</span>
              ) : (
                <TextLink href={crumb.href}>{crumb.label}</TextLink>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
