import { Phrase } from '@/components/ui/Phrase';
import { FileLink, TextLink } from '@/components/ui/TextLink';
import type { Region } from '@/lib/content';
import { intlLocales } from '@/lib/i18n/locales';
import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';
import { coverage } from '@/lib/places/coverage';
import { municipalityAnchor, municipalityKey, type Register } from '@/lib/places/register';
import { regionEnded } from '@/lib/region-view';
import { anchors, dataFiles } from '@/lib/routes';

import { MapCredit } from './MapCredit';

interface Props {
  regions: readonly Region[];
  register: Register;
  page: PageContext;
}

/**
 * Every municipality in the register, by country and county, each under its code as id, with the
 * regions on the site that cover it, or a plain statement that none does yet.
 */
export function MunicipalityList({ regions, register, page }: Props) {
  const { t, locale } = page;
  const covering = coverage(regions, register);
  const collator = new Intl.Collator(intlLocales[locale]);
  const byName = <T extends { name: string }>(items: T[]) => items.sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div id={ids.municipalityList} className="mt-8 space-y-10">
      {[...register.countries]
        .sort((a, b) => collator.compare(t.countries[a], t.countries[b]))
        .map((country) => (
          <section key={country} aria-labelledby={anchors.country(country)}>
            <h2 id={anchors.country(country)} className="text-2xl font-bold text-brand-900">
              {t.countries[country]}
            </h2>
            {register.counties
              .filter((county) => county.country === country)
              .sort((a, b) => collator.compare(a.name[locale], b.name[locale]))
              .map((county) => {
                const municipalities = byName(
                  register.municipalities.filter((municipality) => municipality.county === county),
                );
                const headingId = anchors.county(country, county.code);
                return (
                  <section key={county.code} aria-labelledby={headingId} className="municipality-county mt-6">
                    <h3 id={headingId} className="text-xl font-semibold text-brand-900">
                      {t.finder.countyCount(county.name[locale], t.places.municipalityCount(municipalities.length))}
                    </h3>
                    <ul className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
                      {municipalities.map((municipality) => {
                        const regionsHere = covering.get(municipalityKey(municipality)) ?? [];
                        return (
                          <li
                            key={municipality.code}
                            id={municipalityAnchor(municipality, register)}
                            data-filter={`${municipality.name} ${municipality.code}`}
                            className="scroll-mt-4 py-2 sm:flex sm:gap-4"
                          >
                            <p className="sm:w-64 sm:shrink-0">
                              <span className="font-semibold">{municipality.name}</span>{' '}
                              <span className="text-sm text-slate-700">
                                {t.finder.code} {municipality.code}
                              </span>
                            </p>
                            {regionsHere.length > 0 ? (
                              <p>
                                {t.finder.coveredBy}:{' '}
                                {regionsHere.map((region, index) => {
                                  const ended = regionEnded(region);
                                  return (
                                    <span key={region.slug}>
                                      {index > 0 && ', '}
                                      <TextLink href={page.links.region(region.slug)}>{region.name}</TextLink>
                                      {ended && (
                                        <>
                                          {' – '}
                                          <Phrase
                                            template={t.finder.merged(ended.year)}
                                            parts={{
                                              organisation: <span lang={region.language}>{ended.organisation}</span>,
                                              into: <span lang={region.language}>{ended.into}</span>,
                                            }}
                                          />
                                        </>
                                      )}
                                    </span>
                                  );
                                })}
                              </p>
                            ) : (
                              <p className="text-slate-700">{t.finder.notCovered}</p>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </section>
                );
              })}
          </section>
        ))}
      <div className="space-y-1 text-sm">
        <p>{t.finder.source}</p>
        <MapCredit page={page} />
        <p>
          <FileLink href={dataFiles.municipalities} download>
            {t.data.municipalities}
          </FileLink>
        </p>
      </div>
    </div>
  );
}
