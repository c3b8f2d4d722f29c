import { CardList } from '@/components/ui/CardList';
import type { LocalisedRegion } from '@/lib/content';
import { intlLocales } from '@/lib/i18n/locales';
import type { PageContext } from '@/lib/page-context';

import { RegionText } from './RegionText';
import { SourceLink } from './SourceLink';

interface Props {
  region: LocalisedRegion;
  page: PageContext;
}

function figureValue(figure: LocalisedRegion['figures'][number], { locale, t }: PageContext): string {
  const number = new Intl.NumberFormat(intlLocales[locale]);
  if (figure.kind === 'range') return `${number.format(figure.min)}–${number.format(figure.max)} ${figure.unit}`;
  const value = number.format(figure.value);
  return figure.outOf === undefined ? value : t.figure.outOf(value, number.format(figure.outOf));
}

/** Each figure the source gives, with what it counts and when it applies. */
export function FigureList({ region, page }: Props) {
  const { t } = page;
  return (
    <CardList
      items={region.figures}
      empty={t.source.notMentioned}
      keyOf={(figure, index) => String(index)}
      layout="grid"
    >
      {(figure) => (
        <>
          <p className="text-2xl font-bold text-brand-900">{figureValue(figure, page)}</p>
          <RegionText shown={figure.label} page={page} as="p" />
          {figure.asOf !== undefined && <p className="mt-1 text-sm text-slate-700">{t.figure.asOf(figure.asOf)}</p>}
          {figure.asOfNote && (
            <RegionText shown={figure.asOfNote} page={page} as="p" className="mt-1 text-sm text-slate-700" />
          )}
          <p className="mt-2">
            <SourceLink region={region} id={figure.source} page={page} />
          </p>
        </>
      )}
    </CardList>
  );
}
