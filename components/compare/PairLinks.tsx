import Link from 'next/link';

import { prebuiltPairs } from '@/lib/compare';
import type { Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { localeHref, paths } from '@/lib/routes';

interface Props {
  regions: Region[];
  locale: Locale;
  t: Dictionary;
  /** Leave out this pair (the page the list is on). */
  except?: [string, string];
}

/** Every pair of regions as a link: choosing two regions works without JavaScript. */
export function PairLinks({ regions, locale, t, except }: Props) {
  const name = (slug: string) => regions.find((region) => region.slug === slug)?.name ?? slug;
  const pairs = prebuiltPairs(regions).filter(([a, b]) => !(except && except[0] === a && except[1] === b));
  return (
    <ul className="pair-links mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {pairs.map(([a, b]) => (
        <li key={`${a}-${b}`}>
          <Link href={localeHref(locale, paths.pair(a, b))} className="text-link underline underline-offset-2">
            {t.compare.pairName(name(a), name(b))}
          </Link>
        </li>
      ))}
    </ul>
  );
}
