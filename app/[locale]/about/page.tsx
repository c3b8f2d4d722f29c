import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/PageShell';
import { getDictionary } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeFromParams } from '@/lib/params';
import { paths } from '@/lib/routes';
import { site } from '@/lib/site';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: paths.about, title: t.about.title, description: t.about.description });
}

export default async function AboutPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  return (
    <PageShell locale={locale} path={paths.about} breadcrumbs={[{ label: t.about.title }]}>
      <article className="prose prose-slate max-w-prose">
        <h1>{t.about.title}</h1>
        <p>{t.about.body}</p>
        <h2>{t.about.reportHeading}</h2>
        <p>
          {t.about.reportText} <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>.
        </p>
      </article>
    </PageShell>
  );
}
