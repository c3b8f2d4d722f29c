import { Fragment } from 'react';

import { PageTitle } from '@/components/ui/PageTitle';
import { textLinkClass } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { ids } from '@/lib/ids';
import type { PageContext } from '@/lib/page-context';
import { placeInWords } from '@/lib/places/coverage';
import { organisationStatusText } from '@/lib/region-view';
import { anchors } from '@/lib/routes';

import { RegionText } from './RegionText';
import { StatusBanners } from './StatusBanners';
import { TranslationNotice } from './TranslationNotice';

interface Props {
  region: LocalisedRegion;
  page: PageContext;
}

/** The region's name, its summary, what became of its organisations, and the key facts. */
export function RegionHeader({ region, page }: Props) {
  const { locale, t } = page;
  return (
    <header>
      <PageTitle>{region.name}</PageTitle>
      <RegionText shown={region.summary} page={page} as="p" className="mt-4 max-w-prose text-lg" />
      <TranslationNotice region={region} page={page} />
      <StatusBanners region={region} page={page} />
      <section aria-labelledby={ids.facts} className="mt-6 rounded-lg border border-slate-300 bg-slate-50 p-4 sm:p-5">
        <h2 id={ids.facts} className="sr-only">
          {t.region.facts}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {region.organisations.map((organisation) => (
            <Fragment key={organisation.name}>
              <dt className="font-semibold">{t.region.organisation}</dt>
              <dd>
                <span lang={region.language}>{organisation.name}</span>
                <span className="block text-sm text-slate-700">
                  {t.organisationTypes[organisation.type]} · {organisationStatusText(organisation.status, t)}
                </span>
              </dd>
            </Fragment>
          ))}
          <dt className="font-semibold">{t.region.country}</dt>
          <dd>{t.countries[region.country]}</dd>
          <dt className="font-semibold">{t.places.section}</dt>
          <dd>
            <a href={`#${anchors.municipalities}`} className={textLinkClass}>
              {placeInWords(region, t, locale)}
            </a>
          </dd>
          <dt className="font-semibold">{t.region.sourceLanguage}</dt>
          <dd>{t.languages[region.language]}</dd>
          <dt className="font-semibold">{t.region.charter}</dt>
          <dd>
            <a href={`#${anchors.charter}`} className={textLinkClass}>
              {t.charterStatus[region.charter.status]}
            </a>
          </dd>
          <dt className="font-semibold">{t.region.reviewed}</dt>
          <dd>
            <time dateTime={region.reviewed}>{formatDate(region.reviewed, locale)}</time>
          </dd>
        </dl>
      </section>
    </header>
  );
}
