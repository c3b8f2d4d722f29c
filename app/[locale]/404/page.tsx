import type { Metadata } from 'next';

import { localeFromParams } from '@/app/_lib/params';
import { PageShell } from '@/components/layout/PageShell';
import { PageTitle } from '@/components/ui/PageTitle';
import { TextLink } from '@/components/ui/TextLink';
import { getDictionary } from '@/lib/i18n';
import { localeHref, paths } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

// A real page rather than notFound(): under static export notFound() writes an empty document.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getDictionary(await localeFromParams(params));
  return { title: t.notFound.title, robots: { index: false, follow: true } };
}

export default async function LocaleNotFoundPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  return (
    <PageShell locale={locale} path={paths.notFound} searchable={false}>
      <PageTitle>{t.notFound.title}</PageTitle>
      <p className="mt-4 max-w-prose text-lg">{t.notFound.text}</p>
      <p className="mt-6">
        <TextLink href={localeHref(locale, paths.home)} className="text-lg">
          {t.notFound.backHome}
        </TextLink>
      </p>
    </PageShell>
  );
}
