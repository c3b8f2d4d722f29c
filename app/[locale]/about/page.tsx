import type { MDXComponents } from 'mdx/types';

import { localePageMetadata } from '@/app/_lib/metadata';
import { localeFromParams } from '@/app/_lib/params';
import { TopicList } from '@/components/about/TopicList';
import { PageFacts } from '@/components/layout/PageFacts';
import { PageShell } from '@/components/layout/PageShell';
import { linkComponents } from '@/components/mdx/page-components';
import { getContent } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pageContext } from '@/lib/page-context';
import { paths } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';

import AboutEn from './_text/en.mdx';
import AboutNb from './_text/nb.mdx';
import AboutSv from './_text/sv.mdx';

const texts = { sv: AboutSv, nb: AboutNb, en: AboutEn } satisfies Record<Locale, unknown>;

/** When the about text was last reviewed: update it with every review. */
const ABOUT_REVIEWED = '2026-12-04';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = localePageMetadata(({ t }) => ({
  path: paths.about,
  title: t.about.title,
  description: t.about.description,
}));

export default async function AboutPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const Text = texts[locale];
  const components: MDXComponents = {
    ...linkComponents(page),
    TopicList: () => <TopicList content={getContent()} page={page} />,
  };
  return (
    <PageShell
      locale={locale}
      path={paths.about}
      breadcrumbs={[{ label: t.about.title }]}
      searchKind={t.search.kinds.page}
    >
      <article className="prose prose-slate max-w-prose">
        <h1>{t.about.title}</h1>
        <Text email={site.contactEmail} components={components} />
      </article>
      <PageFacts
        page={page}
        title={t.about.title}
        url={absoluteUrl(page.href(paths.about))}
        reviewed={ABOUT_REVIEWED}
      />
    </PageShell>
  );
}
