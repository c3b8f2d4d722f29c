import Link from 'next/link';
import type { Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { localeHref, paths } from '@/lib/routes';
import { pairPagesPrebuilt } from '@/lib/scale';

interface Props {
  region: Region;
  regions: Region[];
  locale: Locale;
  t: Dictionary;
}

/** The comparisons this region is part of: with each other region, and all of them together. */
export function RegionComparisons({ region, regions, locale, t }: Props) {
  const others = regions.filter((other) => other.slug !== region.slug);
  return (
    <>
      <p>{t.compare.regionCompareWith(region.name)}:</p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {others.map((other) => {
          const [a, b] = region.slug < other.slug ? [region.slug, other.slug] : [other.slug, region.slug];
          const href = pairPagesPrebuilt(regions.length)
            ? localeHref(locale, paths.pair(a, b))
            : `${localeHref(locale, paths.pairViewer)}?regions=${a},${b}`;
          return (
            <li key={other.slug}>
              <Link href={href} className="text-link underline underline-offset-2">
                {other.name}
              </Link>
            </li>
          );
        })}
      </ul>
      <p>
        <Link href={localeHref(locale, paths.compare)} className="text-link underline underline-offset-2">
          {t.compare.allRegions}
        </Link>
      </p>
    </>
  );
}
