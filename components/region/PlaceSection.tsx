import { LocatorMap } from '@/components/places/LocatorMap';
import { MapCredit } from '@/components/places/MapCredit';
import { Phrase } from '@/components/ui/Phrase';
import { TextLink } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import { intlLocales } from '@/lib/i18n/locales';
import type { PageContext } from '@/lib/page-context';
import { countyNames, municipalitiesOf, placeInWords } from '@/lib/places/coverage';
import { municipalityAnchor } from '@/lib/places/register';
import { regionEnded } from '@/lib/region-view';
import { paths } from '@/lib/routes';

import { SourceLink } from './SourceLink';

interface Props {
  region: LocalisedRegion;
  page: PageContext;
}

/**
 * Where the region is: a map of Sweden and Norway with the region filled in, and its municipalities by
 * name, each leading to its entry among every municipality. The list comes from a public register, not
 * from the region's own document, and says so.
 */
export function PlaceSection({ region, page }: Props) {
  const { t, locale } = page;
  const collator = new Intl.Collator(intlLocales[locale]);
  const municipalities = municipalitiesOf(region).sort((a, b) => collator.compare(a.name, b.name));
  const ended = regionEnded(region);
  const name = ended ? `${region.name} (${t.places.until(ended.year)})` : region.name;
  return (
    <div className="grid gap-6 sm:grid-cols-[minmax(0,13rem)_minmax(0,1fr)]">
      <figure className="max-w-52">
        <LocatorMap region={region} label={t.places.locatorName(name)} />
        <figcaption className="mt-2 text-sm">
          <MapCredit page={page} />
        </figcaption>
      </figure>
      <div className="space-y-3">
        <p>
          {ended ? (
            <Phrase
              template={t.places.merged(municipalities.length, ended.year, countyNames(region, locale))}
              parts={{
                organisation: <span lang={region.language}>{ended.organisation}</span>,
                into: <span lang={region.language}>{ended.into}</span>,
              }}
            />
          ) : (
            t.places.worksFor(placeInWords(region, t, locale), region.organisations.length)
          )}
        </p>
        <ul className="columns-2 gap-6 md:columns-3">
          {municipalities.map((municipality) => (
            <li key={municipality.code} className="break-inside-avoid">
              <TextLink href={`${page.href(paths.municipalities)}#${municipalityAnchor(municipality)}`}>
                {municipality.name}
              </TextLink>{' '}
              <span className="text-sm text-slate-700">{municipality.code}</span>
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">
          {t.places.fromRegister}{' '}
          <SourceLink region={region} id={region.place.source} page={page} label={t.source.label} />.
        </p>
        <p>
          <TextLink href={page.href(paths.municipalities)}>{t.places.finderLink}</TextLink>
        </p>
      </div>
    </div>
  );
}
