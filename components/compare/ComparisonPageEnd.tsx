import { PageFacts } from '@/components/layout/PageFacts';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { localeHref } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

import { CiteBlock } from './CiteBlock';
import { DataLinks } from './DataLinks';

interface Props {
  title: string;
  /** Locale-less path of the page (lib/routes.ts). */
  path: string;
  /** The latest review date of the content the page shows. */
  reviewed: string;
  locale: Locale;
  t: Dictionary;
}

/** What every comparison and topic page ends with: the open data, how to cite the page, and its facts. */
export function ComparisonPageEnd({ title, path, reviewed, locale, t }: Props) {
  const url = absoluteUrl(localeHref(locale, path));
  return (
    <>
      <DataLinks reviewed={reviewed} locale={locale} t={t} />
      <CiteBlock title={title} url={url} reviewed={reviewed} locale={locale} t={t} />
      <PageFacts locale={locale} t={t} title={title} url={url} reviewed={reviewed} />
    </>
  );
}
