import type { ReactNode } from 'react';

import { CardList } from '@/components/ui/CardList';
import { ExternalLink } from '@/components/ui/ExternalLink';
import type { LocalisedRegion } from '@/lib/content';
import type { ShownText } from '@/lib/content/translations';
import type { PageContext } from '@/lib/page-context';

import { RegionText } from './RegionText';
import { SourceLink } from './SourceLink';

interface Props {
  region: LocalisedRegion;
  page: PageContext;
}

function Subheading({ children }: { children: string }) {
  return <h3 className="mt-6 text-xl font-semibold text-brand-900 first:mt-0">{children}</h3>;
}

/** Groups and committees, partners and networks, projects and training, as the source names them. */
export function OrganisationSection({ region, page }: Props) {
  const { locale, t } = page;
  const lang = region.language;
  return (
    <>
      <Subheading>{t.organisation.bodies}</Subheading>
      <CardList items={region.bodies} empty={t.source.notMentioned} keyOf={(body) => body.name}>
        {(body) => (
          <>
            <p lang={lang} className="font-semibold">
              {body.name}
            </p>
            <RegionText shown={body.role} page={page} as="p" className="mt-1" />
            {body.members.length > 0 && (
              <p className="mt-1">
                {t.organisation.members}: <span lang={lang}>{body.members.join(', ')}</span>
              </p>
            )}
            {body.membersNote && (
              <RegionText shown={body.membersNote} page={page} as="p" className="mt-1 text-slate-800" />
            )}
            <p className="mt-2">
              <SourceLink region={region} id={body.source} page={page} />
            </p>
          </>
        )}
      </CardList>

      <Subheading>{t.organisation.partners}</Subheading>
      <CardList items={region.partners} empty={t.source.notMentioned} keyOf={(partner) => partner.name}>
        {(partner) => (
          <NamedCard
            name={
              partner.url ? (
                <ExternalLink href={partner.url} label={t.shell.externalLink} labelLang={locale}>
                  {partner.name}
                </ExternalLink>
              ) : (
                partner.name
              )
            }
            kind={t.organisation.partnerKinds[partner.kind]}
            description={partner.description}
            source={partner.source}
            region={region}
            page={page}
          />
        )}
      </CardList>

      <Subheading>{t.organisation.projects}</Subheading>
      <CardList items={region.projects} empty={t.source.notMentioned} keyOf={(project) => project.name}>
        {(project) => (
          <NamedCard
            name={project.name}
            kind={t.organisation.projectKinds[project.kind]}
            description={project.description}
            source={project.source}
            region={region}
            page={page}
          />
        )}
      </CardList>
    </>
  );
}

interface NamedCardProps extends Props {
  /** The name as the source gives it, linked where the source gives an address. */
  name: ReactNode;
  kind: string;
  description: ShownText;
  source: string;
}

/** A partner or a project: its name in the source's words, its kind, what the source says of it, the source. */
function NamedCard({ name, kind, description, source, region, page }: NamedCardProps) {
  return (
    <>
      <p>
        <span lang={region.language} className="font-semibold">
          {name}
        </span>{' '}
        <span className="text-sm text-slate-700">({kind})</span>
      </p>
      <RegionText shown={description} page={page} as="p" className="mt-1" />
      <p className="mt-2">
        <SourceLink region={region} id={source} page={page} />
      </p>
    </>
  );
}
