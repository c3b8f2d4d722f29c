import { NotMentioned } from '@/components/ui/NotMentioned';
import type { Region } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';

import { SourceLink } from './SourceLink';

/** Contact people as the source gives them, dated, since such details go out of date. */
export function ContactList({ region, t }: { region: Region; t: Dictionary }) {
  if (region.contacts.length === 0) return <NotMentioned text={t.region.notMentioned} />;
  const lang = region.language;
  return (
    <ul className="space-y-3">
      {region.contacts.map((contact) => (
        <li key={contact.name} className="rounded-lg border border-slate-300 p-4">
          <p className="font-semibold">{contact.name}</p>
          <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            {contact.role && (
              <>
                <dt className="font-semibold">{t.region.contactRole}</dt>
                <dd lang={lang}>{contact.role}</dd>
              </>
            )}
            {contact.organisation && (
              <>
                <dt className="font-semibold">{t.region.contactOrganisation}</dt>
                <dd lang={lang}>{contact.organisation}</dd>
              </>
            )}
            {contact.phone && (
              <>
                <dt className="font-semibold">{t.region.phone}</dt>
                <dd>
                  <a
                    href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}
                    className="text-link underline underline-offset-2"
                  >
                    {contact.phone}
                  </a>
                </dd>
              </>
            )}
            {contact.email && (
              <>
                <dt className="font-semibold">{t.region.email}</dt>
                <dd>
                  <a href={`mailto:${contact.email}`} className="text-link break-all underline underline-offset-2">
                    {contact.email}
                  </a>
                </dd>
              </>
            )}
          </dl>
          <p className="mt-2 text-sm text-slate-700">{t.region.contactAsOf(contact.asOf)}</p>
          <p className="mt-1">
            <SourceLink region={region} id={contact.source} t={t} />
          </p>
        </li>
      ))}
    </ul>
  );
}
