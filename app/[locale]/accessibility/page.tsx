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
  return pageMetadata({
    locale,
    path: paths.accessibility,
    title: t.accessibility.title,
    description: t.accessibility.description,
  });
}

export default async function AccessibilityPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = getDictionary(locale);
  return (
    <PageShell locale={locale} path={paths.accessibility} breadcrumbs={[{ label: t.accessibility.title }]}>
      <article className="prose prose-slate max-w-prose">
        <h1>{t.accessibility.title}</h1>
        <p>{t.accessibility.body}</p>
        <h2>{t.accessibility.reportHeading}</h2>
        <p>
          {t.accessibility.reportText} <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>.
        </p>
      </article>
    </PageShell>
  );
}
