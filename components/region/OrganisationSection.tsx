import { CardList } from '@/components/ui/CardList';
import { ExternalLink } from '@/components/ui/ExternalLink';
import type { Region } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';

import { RegionText } from './RegionText';
import { SourceLink } from './SourceLink';

interface Props {
  region: Region;
  page: PageContext;
}

function Subheading({ children }: { children: string }) {
  return <h3 className="mt-6 text-xl font-semibold text-brand-900 first:mt-0">{children}</h3>;
}

/** Groups and committees, partners and networks, projects and training, as the source names them. */
export function OrganisationSection({ region, page }: Props) {
  const { locale, t } = page;
  const lang = region.language;
  const say = page.regionText(region);
  const at = (list: 'bodies' | 'partners' | 'projects', item: object, field: string) =>
    `${list}.${(region[list] as object[]).indexOf(item)}.${field}`;
  return (
    <>
      <Subheading>{t.organisation.bodies}</Subheading>
      <CardList items={region.bodies} empty={t.source.notMentioned} keyOf={(body) => body.name}>
        {(body) => (
          <>
            <p lang={lang} className="font-semibold">
              {body.name}
            </p>
            <RegionText shown={say(at('bodies', body, 'role'), body.role)} page={page} as="p" className="mt-1" />
            {body.members.length > 0 && (
              <p className="mt-1">
                {t.organisation.members}: <span lang={lang}>{body.members.join(', ')}</span>
              </p>
            )}
            {body.membersNote && (
              <RegionText
                shown={say(at('bodies', body, 'membersNote'), body.membersNote)}
                page={page}
                as="p"
                className="mt-1 text-slate-800"
              />
            )}
            <p className="mt-2">
              <SourceLink region={region} id={body.source} t={t} />
            </p>
          </>
        )}
      </CardList>

      <Subheading>{t.organisation.partners}</Subheading>
      <CardList items={region.partners} empty={t.source.notMentioned} keyOf={(partner) => partner.name}>
        {(partner) => (
          <>
            <p>
              <span lang={lang} className="font-semibold">
                {partner.url ? (
                  <ExternalLink href={partner.url} label={t.shell.externalLink} labelLang={locale}>
                    {partner.name}
                  </ExternalLink>
                ) : (
                  partner.name
                )}
              </span>{' '}
              <span className="text-sm text-slate-700">({t.organisation.partnerKinds[partner.kind]})</span>
            </p>
            <RegionText
              shown={say(at('partners', partner, 'description'), partner.description)}
              page={page}
              as="p"
              className="mt-1"
            />
            <p className="mt-2">
              <SourceLink region={region} id={partner.source} t={t} />
            </p>
          </>
        )}
      </CardList>

      <Subheading>{t.organisation.projects}</Subheading>
      <CardList items={region.projects} empty={t.source.notMentioned} keyOf={(project) => project.name}>
        {(project) => (
          <>
            <p>
              <span lang={lang} className="font-semibold">
                {project.name}
              </span>{' '}
              <span className="text-sm text-slate-700">({t.organisation.projectKinds[project.kind]})</span>
            </p>
            <RegionText
              shown={say(at('projects', project, 'description'), project.description)}
              page={page}
              as="p"
              className="mt-1"
            />
            <p className="mt-2">
              <SourceLink region={region} id={project.source} t={t} />
            </p>
          </>
        )}
      </CardList>
    </>
  );
}
