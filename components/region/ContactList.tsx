import { CardList } from '@/components/ui/CardList';
import { textLinkClass } from '@/components/ui/TextLink';
import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';

import { RegionText } from './RegionText';
import { SourceLink } from './SourceLink';

/** Contact people as the source gives them, dated, since such details go out of date. */
export function ContactList({ region, page }: { region: LocalisedRegion; page: PageContext }) {
  const { t } = page;
  const lang = region.language;
  return (
    <CardList items={region.contacts} empty={t.source.notMentioned} keyOf={(contact) => contact.name}>
      {(contact) => (
        <>
          <p className="font-semibold">{contact.name}</p>
          <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            {contact.role && (
              <>
                <dt className="font-semibold">{t.contact.role}</dt>
                <RegionText shown={contact.role} page={page} as="dd" />
              </>
            )}
            {contact.organisation && (
              <>
                <dt className="font-semibold">{t.contact.organisation}</dt>
                <dd lang={lang}>{contact.organisation}</dd>
              </>
            )}
            {contact.phone && (
              <>
                <dt className="font-semibold">{t.contact.phone}</dt>
                <dd>
                  <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} className={textLinkClass}>
                    {contact.phone}
                  </a>
                </dd>
              </>
            )}
            {contact.email && (
              <>
                <dt className="font-semibold">{t.contact.email}</dt>
                <dd>
                  <a href={`mailto:${contact.email}`} className={`${textLinkClass} break-all`}>
                    {contact.email}
                  </a>
                </dd>
              </>
            )}
          </dl>
          <p className="mt-2 text-sm text-slate-700">{t.contact.asOf(contact.asOf)}</p>
          <p className="mt-1">
            <SourceLink region={region} id={contact.source} page={page} />
          </p>
        </>
      )}
    </CardList>
  );
}
