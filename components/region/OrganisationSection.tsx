import { ExternalLink } from '@/components/ui/ExternalLink';
import { NotMentioned } from '@/components/ui/NotMentioned';
import type { Region } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';

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
  return (
    <>
      <Subheading>{t.region.bodies}</Subheading>
      {region.bodies.length === 0 ? (
        <NotMentioned text={t.region.notMentioned} />
      ) : (
        <ul className="space-y-3">
          {region.bodies.map((body) => (
            <li key={body.name} className="rounded-lg border border-slate-300 p-4">
              <p lang={lang} className="font-semibold">
                {body.name}
              </p>
              <p lang={lang} className="mt-1">
                {body.role}
              </p>
              {body.members.length > 0 && (
                <p className="mt-1">
                  {t.region.members}: <span lang={lang}>{body.members.join(', ')}</span>
                </p>
              )}
              {body.membersNote && (
                <p lang={lang} className="mt-1 text-slate-800">
                  {body.membersNote}
                </p>
              )}
              <p className="mt-2">
                <SourceLink region={region} id={body.source} t={t} />
              </p>
            </li>
          ))}
        </ul>
      )}

      <Subheading>{t.region.partners}</Subheading>
      {region.partners.length === 0 ? (
        <NotMentioned text={t.region.notMentioned} />
      ) : (
        <ul className="space-y-3">
          {region.partners.map((partner) => (
            <li key={partner.name} className="rounded-lg border border-slate-300 p-4">
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
                <span className="text-sm text-slate-700">({t.region.partnerKinds[partner.kind]})</span>
              </p>
              <p lang={lang} className="mt-1">
                {partner.description}
              </p>
              <p className="mt-2">
                <SourceLink region={region} id={partner.source} t={t} />
              </p>
            </li>
          ))}
        </ul>
      )}

      <Subheading>{t.region.projects}</Subheading>
      {region.projects.length === 0 ? (
        <NotMentioned text={t.region.notMentioned} />
      ) : (
        <ul className="space-y-3">
          {region.projects.map((project) => (
            <li key={project.name} className="rounded-lg border border-slate-300 p-4">
              <p>
                <span lang={lang} className="font-semibold">
                  {project.name}
                </span>{' '}
                <span className="text-sm text-slate-700">({t.region.projectKinds[project.kind]})</span>
              </p>
              <p lang={lang} className="mt-1">
                {project.description}
              </p>
              <p className="mt-2">
                <SourceLink region={region} id={project.source} t={t} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
