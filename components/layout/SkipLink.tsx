import { ids } from '@/lib/ids';

export function SkipLink({ label }: { label: string }) {
  return (
    <a href={`#${ids.main}`} className="skip-link">
      {label}
    </a>
  );
}
