import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/PageShell';
import { getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeFromParams } from '@/lib/params';
import { getContent } from '@/lib/content';
import { paths } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  return {
    ...pageMetadata({ locale, path: paths.home, title: t.home.title, description: t.site.intro }),
    title: { absolute: `${t.site.name}: ${t.home.title}` },
  };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  return (
    <PageShell locale={locale} path={paths.home}>
      <h1 className="text-2xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t.home.title}</h1>
      <p className="mt-4 max-w-prose text-lg">{t.site.intro}</p>
      <section aria-labelledby="regions-heading" className="mt-10">
        <h2 id="regions-heading" className="text-2xl font-bold text-brand-900">
          {t.home.regionsHeading}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {getContent().regions.map((region) => (
            <li key={region.slug} className="rounded-lg border border-slate-300 p-4">
              <span className="block text-lg font-semibold">{region.name}</span>
              <span className="text-slate-700">{t.countries[region.country]}</span>
            </li>
          ))}
        </ul>
      </section>
    </PageShell>
  );
}
