import { localePageMetadata } from '@/app/_lib/metadata';
import { localeFromParams } from '@/app/_lib/params';
import { PageFacts } from '@/components/layout/PageFacts';
import { PageShell } from '@/components/layout/PageShell';
import { linkComponents } from '@/components/mdx/page-components';
import { formatDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locales';
import { pageContext } from '@/lib/page-context';
import { paths } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';

import StatementEn from './_text/en.mdx';
import StatementNb from './_text/nb.mdx';
import StatementSv from './_text/sv.mdx';

const statements = { sv: StatementSv, nb: StatementNb, en: StatementEn } satisfies Record<Locale, unknown>;

/** When the statement was last reviewed against the site: update it with every review. */
const STATEMENT_REVIEWED = '2026-11-23';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = localePageMetadata(({ t }) => ({
  path: paths.accessibility,
  title: t.accessibility.title,
  description: t.accessibility.description,
}));

export default async function AccessibilityPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const Statement = statements[locale];
  return (
    <PageShell
      locale={locale}
      path={paths.accessibility}
      breadcrumbs={[{ label: t.accessibility.title }]}
      searchKind={t.search.kinds.page}
    >
      <article className="prose prose-slate max-w-prose">
        <h1>{t.accessibility.title}</h1>
        <Statement
          email={site.contactEmail}
          reviewed={STATEMENT_REVIEWED}
          reviewedText={formatDate(STATEMENT_REVIEWED, locale)}
          components={linkComponents(page)}
        />
      </article>
      <PageFacts
        page={page}
        title={t.accessibility.title}
        url={absoluteUrl(page.href(paths.accessibility))}
        reviewed={STATEMENT_REVIEWED}
      />
    </PageShell>
  );
}
