import { localePageMetadata } from '@/app/_lib/metadata';
import { localeFromParams } from '@/app/_lib/params';
import { PageShell } from '@/components/layout/PageShell';
import { MunicipalityFilter } from '@/components/places/MunicipalityFilter';
import { MunicipalityList } from '@/components/places/MunicipalityList';
import { PageTitle } from '@/components/ui/PageTitle';
import { getContent } from '@/lib/content';
import { pageContext } from '@/lib/page-context';
import { getRegister } from '@/lib/places/register';
import { paths } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = localePageMetadata(({ t }) => ({
  path: paths.municipalities,
  title: t.finder.title,
  description: t.finder.description,
}));

export default async function MunicipalitiesPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const page = pageContext(locale);
  const { t } = page;
  const register = getRegister();
  return (
    <PageShell
      locale={locale}
      path={paths.municipalities}
      breadcrumbs={[{ label: t.finder.title }]}
      searchKind={t.search.kinds.page}
    >
      <PageTitle>{t.finder.heading}</PageTitle>
      <p className="mt-4 max-w-prose text-lg">{t.finder.intro(register.municipalities.length)}</p>
      <MunicipalityFilter page={page} />
      <MunicipalityList regions={getContent().regions} register={register} page={page} />
    </PageShell>
  );
}
